namespace MCPacer.Contracts.Coach;

/// <summary>A summary to save at the end of a coaching session; Date defaults to today in the athlete's time zone.</summary>
public sealed record SaveSessionLogRequest(string Summary, DateOnly? Date = null);

public sealed record SessionLog(DateOnly Date, bool Archived, string Content);

/// <summary>
/// The most recent session logs, newest first. Logs older than those were distilled into the memory's
/// Session History before answering and moved to the archive (<see cref="Distilled"/> lists their dates).
/// </summary>
public sealed record SessionLogs(IReadOnlyList<SessionLog> Logs, IReadOnlyList<DateOnly> Distilled);
