using System.Globalization;
using MCPacer.Science.Streams;

namespace MCPacer.Science.Physiology;

/// <summary>An estimated maximum heart rate, with how it was reached.</summary>
/// <param name="Bpm">The estimate.</param>
/// <param name="ActivitiesUsed">How many activities' maxima it was drawn from.</param>
/// <param name="Basis">The rule, in words, for the athlete to judge.</param>
public sealed record MaxHeartRateEstimate(double Bpm, int ActivitiesUsed, string Basis)
{
    /// <summary>A reading must be held this long to count: shorter peaks are strap or optical spikes.</summary>
    public const double SustainSeconds = 5;

    /// <summary>Percentile of per-activity maxima taken: up to 1 activity in 20 may carry an artefact (a strap locked on cadence).</summary>
    public const double Percentile = 0.95;

    /// <summary>Per-activity maxima above this are artefacts (the highest reliably recorded maxima are about 220).</summary>
    public const double ImplausibleBpm = 230;

    /// <summary>
    /// The highest heart rate the stream stays at or above for <see cref="SustainSeconds"/> (the best of the
    /// minima over every window that long), so one- or two-sample spikes do not count. Null when no window is that long.
    /// MCPacer's rule.
    /// </summary>
    public static double? SustainedMax(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> heartRate)
    {
        double? best = null;
        for (var start = 0; start < timeSeconds.Length; start++)
        {
            var lowest = heartRate[start];
            for (var end = start + 1; end < timeSeconds.Length && SampleIntervals.Seconds(timeSeconds, end) > 0; end++)
            {
                lowest = Math.Min(lowest, heartRate[end]);
                if (timeSeconds[end] - timeSeconds[start] >= SustainSeconds)
                {
                    best = Math.Max(best ?? lowest, lowest);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The <see cref="Percentile"/> (linear interpolation between ranks) of recent activities' sustained maxima,
    /// those above <see cref="ImplausibleBpm"/> left out; null without any. An estimate: a lab or field test is better.
    /// </summary>
    public static MaxHeartRateEstimate? FromActivityMaxima(IEnumerable<double> sustainedMaxima)
    {
        var maxima = sustainedMaxima.Where(m => m <= ImplausibleBpm).Order().ToArray();
        if (maxima.Length == 0)
        {
            return null;
        }

        var rank = Percentile * (maxima.Length - 1);
        var below = (int)rank;
        var bpm = below + 1 < maxima.Length ? maxima[below] + (maxima[below + 1] - maxima[below]) * (rank - below) : maxima[below];
        return new MaxHeartRateEstimate(bpm, maxima.Length, string.Create(CultureInfo.InvariantCulture,
            $"estimated: 95th percentile of the highest heart rate held for {SustainSeconds:0} s in each of {maxima.Length} activities"));
    }
}
