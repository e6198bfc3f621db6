namespace MCPacer.Contracts.Strava;

/// <summary>The phases of a sync, in order.</summary>
public static class SyncPhases
{
    public const string Idle = "idle";
    public const string Summaries = "summaries";
    public const string Details = "details";
    public const string Streams = "streams";
    public const string Failed = "failed";
}

/// <summary>
/// GET /api/strava/sync (and the strava-sync event): where the sync is. <see cref="NextWindowAt"/> is set
/// while it waits for Strava's next rate-limit window.
/// </summary>
public sealed record StravaSyncProgress(
    string Phase,
    int Done,
    int Total,
    DateTimeOffset? NextWindowAt,
    DateTimeOffset? LastCompletedAt,
    DateTimeOffset UpdatedAt,
    int Activities,
    string? Message);
