using MCPacer.Science.Load;

namespace MCPacer.Science.Projection;

/// <summary>A run of a training plan, as the plan states it.</summary>
/// <param name="Date">Planned day.</param>
/// <param name="DistanceKm">Planned distance.</param>
/// <param name="Type">Session type.</param>
/// <param name="TargetPaceSecondsPerKm">The plan's target pace; for workouts the pace of the work, not of the whole run.</param>
public sealed record PlannedRun(DateOnly Date, double DistanceKm, SessionType Type, double? TargetPaceSecondsPerKm = null);

/// <summary>
/// Estimated rTSS of a planned run (TrainingPeaks' rTSS = hours × IF² × 100, IF = threshold pace / pace, flat).
/// For workout types the target pace is the pace of the work only: MCPacer assumes the work is a share of the
/// distance (<see cref="WorkShare"/>) and the rest (warm-up, recoveries, cool-down) is run at easy intensity.
/// Without a target pace the type's typical intensity (<see cref="SessionIntensity"/>) sets the pace.
/// </summary>
public static class PlannedLoad
{
    /// <summary>Share of a planned run's distance at its target pace: MCPacer's assumption per type.</summary>
    public static double WorkShare(SessionType type) => type switch
    {
        SessionType.Intervals => 0.4,
        SessionType.Workout or SessionType.Progression => 0.5,
        SessionType.Tempo => 0.6,
        SessionType.MarathonPace => 0.7,
        _ => 1,
    };

    /// <summary>The run's estimated rTSS.</summary>
    public static ActivityLoad Estimate(PlannedRun run, double thresholdPaceSecondsPerKm)
    {
        var typical = SessionIntensity.Typical(run.Type);
        if (run.TargetPaceSecondsPerKm is not { } pace || typical == 0)
        {
            return new(Score(run.DistanceKm, thresholdPaceSecondsPerKm, typical), LoadMethod.RunningTss);
        }

        var share = WorkShare(run.Type);
        var work = Score(run.DistanceKm * share, thresholdPaceSecondsPerKm, thresholdPaceSecondsPerKm / pace);
        var rest = Score(run.DistanceKm * (1 - share), thresholdPaceSecondsPerKm, SessionIntensity.Typical(SessionType.Easy));
        return new(work + rest, LoadMethod.RunningTss);
    }

    static double Score(double kilometers, double thresholdPace, double intensityFactor) => intensityFactor <= 0
        ? 0
        : SessionIntensity.StressScore(kilometers * thresholdPace / intensityFactor / 3600, intensityFactor);
}
