namespace MCPacer.Contracts.Coach;

/// <summary>The seven sections of COACH_MEMORY.md: the key clients use and the heading in the file.</summary>
public static class MemorySectionKeys
{
    public const string Athlete = "athlete";
    public const string Prs = "prs";
    public const string Goals = "goals";
    public const string ActiveFlags = "active_flags";
    public const string TrainingContext = "training_context";
    public const string Patterns = "patterns";
    public const string SessionHistory = "session_history";

    /// <summary>Key and heading, in the order of the file.</summary>
    public static IReadOnlyList<(string Key, string Title)> All { get; } =
    [
        (Athlete, "Athlete"),
        (Prs, "PRs"),
        (Goals, "Goals"),
        (ActiveFlags, "Active Flags"),
        (TrainingContext, "Training Context"),
        (Patterns, "Patterns & Insights"),
        (SessionHistory, "Session History"),
    ];
}
