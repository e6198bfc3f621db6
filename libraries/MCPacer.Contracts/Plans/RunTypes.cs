namespace MCPacer.Contracts.Plans;

/// <summary>
/// The run types a plan may prescribe (plan YAML "type:"); anything else is a validation error. Ours and the
/// original MCPacer's names are both valid, and a file keeps the name it was written with.
/// </summary>
public static class RunTypes
{
    public const string Easy = "easy";
    public const string Recovery = "recovery";
    public const string Long = "long";
    public const string Workout = "workout";
    public const string Tempo = "tempo";
    public const string Intervals = "intervals";
    public const string Progression = "progression";
    public const string MarathonPace = "marathon_pace";
    public const string Race = "race";
    public const string CrossTraining = "cross_training";
    public const string Rest = "rest";

    // The original MCPacer's names for what we call long, easy, race and cross_training.
    public const string LongRun = "long_run";
    public const string Shakeout = "shakeout";
    public const string TuneupRace = "tuneup_race";
    public const string Gym = "gym";

    /// <summary>Every type in the order a list of them is shown: by kind, then ours before the original's.</summary>
    static readonly (string Type, RunKind Kind, string Label)[] Table =
    [
        (Easy, RunKind.Easy, "Easy"),
        (Recovery, RunKind.Easy, "Recovery"),
        (Shakeout, RunKind.Easy, "Shakeout"),
        (Long, RunKind.Long, "Long run"),
        (LongRun, RunKind.Long, "Long run"),
        (Workout, RunKind.Workout, "Workout"),
        (Tempo, RunKind.Workout, "Tempo"),
        (Intervals, RunKind.Workout, "Intervals"),
        (Progression, RunKind.Workout, "Progression"),
        (MarathonPace, RunKind.Workout, "Marathon pace"),
        (Race, RunKind.Race, "Race"),
        (TuneupRace, RunKind.Race, "Tune-up race"),
        (CrossTraining, RunKind.CrossTraining, "Cross-training"),
        (Gym, RunKind.CrossTraining, "Gym"),
        (Rest, RunKind.Rest, "Rest"),
    ];

    static readonly Dictionary<string, (RunKind Kind, string Label)> ByType =
        Table.ToDictionary(t => t.Type, t => (t.Kind, t.Label), StringComparer.Ordinal);

    public static IReadOnlySet<string> All { get; } = ByType.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>All types in display order (<see cref="All"/> has no order).</summary>
    public static IReadOnlyList<string> Ordered { get; } = [.. Table.Select(t => t.Type)];

    /// <summary>The kind of a known type; null for an unknown one (a broken plan is still shown).</summary>
    public static RunKind? KindOf(string? type) => type is not null && ByType.TryGetValue(type, out var known) ? known.Kind : null;

    public static bool Is(string? type, RunKind kind) => KindOf(type) == kind;

    /// <summary>"Long run" for long and long_run; an unknown type as it is written.</summary>
    public static string Label(string? type) =>
        type is null ? "Run" : ByType.TryGetValue(type, out var known) ? known.Label : type;
}
