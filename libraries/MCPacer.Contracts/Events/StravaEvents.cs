using MCPacer.Contracts.Strava;

namespace MCPacer.Contracts.Events;

/// <summary>The Strava grant changed: connected, refreshed, needs-reconnect or disconnected.</summary>
public sealed record StravaConnectionChanged(string State, string? AthleteName, DateTimeOffset At) : IIntegrationEvent
{
    public const string Connected = "connected";
    public const string Refreshed = "refreshed";
    public const string NeedsReconnect = "needs-reconnect";
    public const string Disconnected = "disconnected";

    public static string Topic => "strava-connection";
}

/// <summary>The sync moved on (phase, counts, the next rate-limit window).</summary>
public sealed record StravaSyncProgressed(StravaSyncProgress Progress) : IIntegrationEvent
{
    public static string Topic => "strava-sync";
}

/// <summary>Activities were added, changed or removed by a sync (after its listing, and after its details and streams phases).</summary>
public sealed record StravaActivitiesChanged(int Upserted, int Deleted, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "strava-activities";
}

/// <summary>A run got a digest, a note, coaching feedback on Strava, or the runner's session RPE (which changes its load).</summary>
public sealed record StravaRunAnnotated(long ActivityId, string Change, DateTimeOffset At) : IIntegrationEvent
{
    public const string Digest = "digest";
    public const string Note = "note";
    public const string Feedback = "feedback";
    public const string Rpe = "rpe";

    public static string Topic => "strava-run-annotated";
}

/// <summary>The runner set their physiology (heart rates, threshold pace, sex): loads, zones and paces change with it.</summary>
public sealed record AthleteProfileChanged(DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "strava-athlete-profile";
}
