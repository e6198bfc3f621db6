namespace MCPacer.Contracts.Plans;

/// <summary>The run types a plan may prescribe (plan YAML "type:"); anything else is a validation error.</summary>
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

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Easy, Recovery, Long, Workout, Tempo, Intervals, Progression, MarathonPace, Race, CrossTraining, Rest,
    };
}
