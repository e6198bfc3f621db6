using MCPacer.Science.Streams;

namespace MCPacer.Science.Load;

/// <summary>
/// Banister's training impulse (Banister 1991; Morton, Fitz-Clarke and Banister 1990): minutes × HRr × y, where
/// HRr is the fraction of heart-rate reserve and y the lactate weighting, 0.64·e^(1.92·HRr) for men and
/// 0.86·e^(1.67·HRr) for women. Its unit is its own (not TSS): one hour at threshold is roughly 150 to 200.
/// </summary>
public static class BanisterTrimp
{
    /// <summary>Banister's weighting y for a heart-rate-reserve fraction.</summary>
    public static double Weighting(double reserveFraction, Sex sex) => sex == Sex.Male
        ? 0.64 * Math.Exp(1.92 * reserveFraction)
        : 0.86 * Math.Exp(1.67 * reserveFraction);

    /// <summary>TRIMP per minute at one heart rate: HRr × y.</summary>
    public static double PerMinute(double bpm, HeartRateProfile profile)
    {
        var reserve = profile.ReserveFraction(bpm);
        return reserve * Weighting(reserve, profile.Sex);
    }

    /// <summary>Banister's session form: duration × HRr(average HR) × y.</summary>
    public static double FromAverage(double minutes, double averageBpm, HeartRateProfile profile) =>
        minutes * PerMinute(averageBpm, profile);

    /// <summary>
    /// Per-sample TRIMP over a heart-rate stream: Σ (Δt / 60) × HRr × y, each sample weighted by the interval it
    /// stands for (pauses count nothing, see <see cref="SampleIntervals"/>). Sums intensity sample by sample, so an
    /// interval session weighs more than its average heart rate would say (the exponential is convex).
    /// </summary>
    public static double FromStream(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> heartRate, HeartRateProfile profile)
    {
        var trimp = 0.0;
        for (var i = 1; i < timeSeconds.Length; i++)
        {
            trimp += SampleIntervals.Seconds(timeSeconds, i) / 60 * PerMinute(heartRate[i], profile);
        }

        return trimp;
    }
}
