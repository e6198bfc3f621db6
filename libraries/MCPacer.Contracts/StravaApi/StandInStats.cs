namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// What the Strava stand-in served (<c>GET /_standin/stats</c>): requests per endpoint ("GET /api/v3/athlete/activities"),
/// how many it refused with 429 and how many 5xx it injected, and the rate-limit usage right now.
/// Not part of Strava's API: tests use it to prove a sync stayed within the limits.
/// </summary>
public sealed record StandInStats(
    long Requests,
    long RateLimited,
    long ServerErrors,
    IReadOnlyDictionary<string, long> ByEndpoint,
    StandInRateLimitUsage Usage);

/// <summary>
/// Usage of the current windows. With a time scale above 1 the windows are shorter in real time
/// (15 minutes / scale, aligned to multiples of that length since the Unix epoch); <see cref="WindowEndsAt"/> is real time.
/// </summary>
public sealed record StandInRateLimitUsage(
    int FifteenMinute,
    int Daily,
    int ReadFifteenMinute,
    int ReadDaily,
    DateTimeOffset WindowEndsAt,
    double TimeScale);
