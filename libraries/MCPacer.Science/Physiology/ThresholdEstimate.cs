using System.Globalization;
using MCPacer.Science.Streams;

namespace MCPacer.Science.Physiology;

/// <summary>A recorded run offered to the threshold estimate.</summary>
/// <param name="Label">How the athlete knows it (name and date), quoted in the basis.</param>
/// <param name="TimeSeconds">Time stream.</param>
/// <param name="DistanceMeters">Distance stream.</param>
/// <param name="HeartRate">Heart-rate stream, or null without one.</param>
public sealed record RecordedRun(string Label, double[] TimeSeconds, double[] DistanceMeters, double[]? HeartRate);

/// <summary>An estimated threshold pace (and heart rate), with the effort it came from.</summary>
/// <param name="PaceSecondsPerKm">Estimated threshold pace: the pace the best effort says could be held for 60 minutes.</param>
/// <param name="HeartRateBpm">Average heart rate of that effort after its first 10 minutes; null without heart rate.</param>
/// <param name="Basis">The effort and rule, in words.</param>
public sealed record ThresholdEstimate(double PaceSecondsPerKm, double? HeartRateBpm, string Basis)
{
    /// <summary>Effort durations tried, minutes: Friel's 30-minute test up to an hour (threshold ≈ the one-hour pace).</summary>
    public static IReadOnlyList<int> EffortMinutes { get; } = [30, 35, 40, 45, 50, 55, 60];

    /// <summary>Friel's 30-minute test averages heart rate over the last 20 minutes; every effort drops its first 10.</summary>
    public const double HeartRateSettleMinutes = 10;

    /// <summary>Riegel's exponent 1.06 as a speed–duration law: v ∝ T^(1/1.06 − 1).</summary>
    static readonly double SpeedExponent = 1 / 1.06 - 1;

    /// <summary>
    /// From the fastest 30- to 60-minute stretch among <paramref name="runs"/>: its speed carried to 60 minutes with
    /// Riegel's law (Riegel 1981), and its heart rate after the first 10 minutes (Friel's LTHR field test). Null when
    /// no run lasts 30 minutes. An estimate from training data: it is only as hard as the hardest effort in it.
    /// </summary>
    public static ThresholdEstimate? FromRuns(IEnumerable<RecordedRun> runs)
    {
        (RecordedRun Run, int Start, int End, double HourSpeed)? best = null;
        foreach (var run in runs)
        {
            foreach (var minutes in EffortMinutes)
            {
                if (FastestWindow(run.TimeSeconds, run.DistanceMeters, minutes * 60) is var (start, end, speed))
                {
                    var hourSpeed = speed * Math.Pow(60.0 / minutes, SpeedExponent);
                    best = best is null || hourSpeed > best.Value.HourSpeed ? (run, start, end, hourSpeed) : best;
                }
            }
        }

        if (best is not var (bestRun, from, to, hour))
        {
            return null;
        }

        var pace = Pace.FromSpeed(hour);
        var heartRate = bestRun.HeartRate is { } hr ? SettledAverage(bestRun.TimeSeconds, hr, from, to) : null;
        var effortMinutes = (bestRun.TimeSeconds[to] - bestRun.TimeSeconds[from]) / 60;
        return new ThresholdEstimate(pace, heartRate, string.Create(CultureInfo.InvariantCulture,
            $"estimated from {effortMinutes:0} minutes in \"{bestRun.Label}\", carried to an hour with Riegel's exponent 1.06"));
    }

    // Fastest average speed over at least `seconds` between two samples (two pointers over the time stream).
    static (int Start, int End, double Speed)? FastestWindow(double[] time, double[] distance, double seconds)
    {
        (int, int, double)? best = null;
        var start = 0;
        for (var end = 1; end < time.Length; end++)
        {
            if (time[end] - time[0] < seconds)
            {
                continue;
            }

            while (time[end] - time[start + 1] >= seconds)
            {
                start++;
            }

            var speed = (distance[end] - distance[start]) / (time[end] - time[start]);
            best = best is null || speed > best.Value.Item3 ? (start, end, speed) : best;
        }

        return best;
    }

    static double? SettledAverage(double[] time, double[] heartRate, int from, int to)
    {
        double beats = 0, seconds = 0;
        for (var i = from + 1; i <= to; i++)
        {
            if (time[i] - time[from] > HeartRateSettleMinutes * 60)
            {
                var dt = SampleIntervals.Seconds(time, i);
                beats += heartRate[i] * dt;
                seconds += dt;
            }
        }

        return seconds > 0 ? beats / seconds : null;
    }
}
