namespace MCPacer.Contracts.Events;

/// <summary>COACH_MEMORY.md changed: a section (null for a whole-file write or a restore) and the new version.</summary>
public sealed record CoachMemoryChanged(string? Section, string Version, string Change, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "coach-memory-changed";
}

public sealed record SessionLogSaved(DateOnly Date, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "coach-session-log-saved";
}

/// <summary>Older session logs became Session History one-liners and moved to the archive.</summary>
public sealed record SessionLogsDistilled(IReadOnlyList<DateOnly> Dates, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "coach-session-logs-distilled";
}

public sealed record BodyMapChanged(int Painted, int Highlighted, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "coach-bodymap-changed";
}
