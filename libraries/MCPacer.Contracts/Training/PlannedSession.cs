using MCPacer.Contracts.Plans;

namespace MCPacer.Contracts.Training;

/// <summary>The session types a projection request may name: the plan's run types that carry load (MCPacer.Science's session types), and strength.</summary>
public static class PlannedSessionTypes
{
    public const string Easy = RunTypes.Easy;
    public const string Recovery = RunTypes.Recovery;
    public const string Long = RunTypes.Long;
    public const string Workout = RunTypes.Workout;
    public const string Tempo = RunTypes.Tempo;
    public const string Intervals = RunTypes.Intervals;
    public const string Progression = RunTypes.Progression;
    public const string MarathonPace = RunTypes.MarathonPace;
    public const string Race = RunTypes.Race;

    /// <summary>Not running: counted from its duration at the cross-training factor.</summary>
    public const string CrossTraining = RunTypes.CrossTraining;

    /// <summary>Strength and mobility: counted from its duration at the strength factor (nothing by default).</summary>
    public const string Strength = "strength";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Easy, Recovery, Long, Workout, Tempo, Intervals, Progression, MarathonPace, Race, CrossTraining, Strength,
    };
}

/// <summary>One planned session of a projection request: a run by distance (and the pace of its work), or cross-training by duration.</summary>
/// <param name="Type">One of <see cref="PlannedSessionTypes"/>.</param>
/// <param name="TargetPaceSecondsPerKm">For workouts the pace of the work, not of the whole run; null: the type's typical intensity.</param>
public sealed record PlannedSession(DateOnly Date, string Type, double DistanceKm, double? TargetPaceSecondsPerKm = null, double? DurationMinutes = null);
