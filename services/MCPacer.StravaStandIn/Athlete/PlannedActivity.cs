using MCPacer.Contracts.Plans;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// An activity of the history before it is simulated: everything decided up front (when, what, how fast),
/// cheap enough to hold ten years of them in memory. The samples are simulated from it on demand.
/// </summary>
internal sealed record PlannedActivity(
    long Id,
    ScheduledSession Scheduled,
    DateTime StartLocal,
    DateTimeOffset StartUtc,
    IReadOnlyList<Segment> Segments)
{
    static readonly TimeSpan UploadDelay = TimeSpan.FromMinutes(4);

    /// <summary>What the watch uploaded, for an activity added while the stand-in runs; null: simulated from the plan.</summary>
    public Recording? Uploaded { get; init; }

    /// <summary>When an activity was added while the stand-in runs (uploaded or created by hand): it shows from then on.</summary>
    public DateTimeOffset? AddedAt { get; init; }

    public string SportType => Scheduled.SportType;

    public string RunType => Scheduled.Session.Type;

    public bool IsRun => SportType is SportTypes.Run or SportTypes.VirtualRun or SportTypes.TrailRun;

    public bool HasGps => !Scheduled.Trainer && !Scheduled.Manual && Segments.Any(s => s.Speed > 0);

    /// <summary>
    /// Workouts get a lap per warmup, rep, recovery and cooldown; other runs a lap per kilometre. An upload keeps
    /// the laps the watch recorded.
    /// </summary>
    public bool LapsPerSegment => Uploaded is not null || RunType is RunTypes.Intervals or RunTypes.Workout or RunTypes.Tempo or RunTypes.MarathonPace;

    /// <summary>When the activity shows up on Strava: after it is finished and uploaded. Nothing from the future.</summary>
    public DateTimeOffset AvailableAt =>
        AddedAt ?? StartUtc + TimeSpan.FromSeconds(Segments.Sum(s => s.ExpectedSeconds) * 1.03 + 60) + UploadDelay;

    /// <summary>Strava's run workout_type: 1 race, 2 long run, 3 workout, 0 anything else; none for other sports.</summary>
    public int? WorkoutType => RunType switch
    {
        RunTypes.CrossTraining => null,
        RunTypes.Race => 1,
        RunTypes.Long => 2,
        RunTypes.Intervals or RunTypes.Workout or RunTypes.Tempo or RunTypes.Progression or RunTypes.MarathonPace => 3,
        _ => 0,
    };

    public string Name => Scheduled.Name ?? ActivityTexts.DefaultName(Scheduled.Start, SportType);
}
