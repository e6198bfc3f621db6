using MCPacer.Science.Streams;

namespace MCPacer.Science.Load;

/// <summary>The load of one activity by each method MCPacer knows; each result names its method.</summary>
public static class TrainingLoad
{
    /// <summary>
    /// Session RPE load one hour at threshold is worth: Foster's CR-10 puts a threshold hour at 7 ("very hard"), so 7 × 60
    /// arbitrary units become 100 TSS. MCPacer's rescaling; Foster's units have no TSS equivalent of their own.
    /// </summary>
    public const double RpeUnitsPerTss = 7 * 60 / 100.0;

    /// <summary>Banister TRIMP from a heart-rate stream (<see cref="BanisterTrimp.FromStream"/>).</summary>
    public static ActivityLoad Trimp(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> heartRate, HeartRateProfile profile) =>
        new(BanisterTrimp.FromStream(timeSeconds, heartRate, profile), LoadMethod.Trimp);

    /// <summary>
    /// hrTSS as Elevate's HRSS (Champagne, Elevate for Strava): 100 × TRIMP(activity) / TRIMP(60 minutes at threshold
    /// heart rate), so an hour at LTHR scores 100 and harder minutes weigh by Banister's exponential. TrainingPeaks'
    /// own hrTSS is zone-based and unpublished. Null without a threshold heart rate.
    /// </summary>
    public static ActivityLoad? HeartRateTss(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> heartRate, HeartRateProfile profile)
    {
        if (profile.ThresholdBpm is not { } threshold)
        {
            return null;
        }

        var hourAtThreshold = BanisterTrimp.FromAverage(60, threshold, profile);
        return new(100 * BanisterTrimp.FromStream(timeSeconds, heartRate, profile) / hourAtThreshold, LoadMethod.HeartRateTss);
    }

    /// <summary>
    /// rTSS (TrainingPeaks): moving hours × IF² × 100, IF = normalized graded speed / threshold speed, the graded speed
    /// from Minetti's cost of running (<see cref="GradedSpeed"/>). Null when nothing moved. An empty grade stream is flat.
    /// </summary>
    public static ActivityLoad? RunningTss(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> velocity, ReadOnlySpan<double> gradePercent, double thresholdPaceSecondsPerKm)
    {
        var (meters, seconds) = GradedSpeed.Accumulate(timeSeconds, velocity, gradePercent, 0, timeSeconds.Length);
        if (seconds == 0)
        {
            return null;
        }

        var intensity = meters / seconds / Pace.ToSpeed(thresholdPaceSecondsPerKm);
        return new(SessionIntensity.StressScore(seconds / 3600, intensity), LoadMethod.RunningTss);
    }

    /// <summary>Foster et al. 2001 session RPE: CR-10 rating × minutes, divided by <see cref="RpeUnitsPerTss"/>.</summary>
    public static ActivityLoad SessionRpe(double minutes, double rpe) => new(rpe * minutes / RpeUnitsPerTss, LoadMethod.SessionRpe);

    /// <summary>Fallback from duration and type: Coggan's hours × IF² × 100 at the type's typical IF (<see cref="SessionIntensity"/>).</summary>
    public static ActivityLoad FromDuration(double minutes, SessionType type) =>
        new(SessionIntensity.StressScore(minutes / 60, SessionIntensity.Typical(type)), LoadMethod.DurationEstimate);
}
