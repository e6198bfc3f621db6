namespace MCPacer.Contracts.Strava;

/// <summary>
/// GET /api/strava/athlete/time-zone: the athlete's IANA time zone as Strava knows it (their latest activity's), null
/// before anything is synced. The other services count the athlete's dates in it unless MCPacer:TimeZone is set.
/// </summary>
public sealed record AthleteTimeZone(string? TimeZone)
{
    public const string Path = "/api/strava/athlete/time-zone";
}
