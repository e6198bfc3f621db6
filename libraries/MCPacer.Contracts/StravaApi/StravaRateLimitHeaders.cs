namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's rate-limit headers, sent on every API response. Each value is "fifteen-minute,daily", e.g.
/// <c>X-RateLimit-Limit: 200,2000</c> and <c>X-RateLimit-Usage: 31,840</c>. The overall limit counts every
/// request; the read limit counts only GETs. Fifteen-minute windows start at :00, :15, :30 and :45 UTC;
/// the daily window at midnight UTC.
/// </summary>
public static class StravaRateLimitHeaders
{
    public const string Limit = "X-RateLimit-Limit";
    public const string Usage = "X-RateLimit-Usage";
    public const string ReadLimit = "X-ReadRateLimit-Limit";
    public const string ReadUsage = "X-ReadRateLimit-Usage";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>The start of the fifteen-minute window <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute / 15 * 15, 0, TimeSpan.Zero);
    }

    /// <summary>The start of the UTC day <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset DayStart(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);

    /// <summary>Parses "31,840" into (31, 840); false when the header is missing or malformed.</summary>
    public static bool TryParse(string? value, out int fifteenMinutes, out int daily)
    {
        fifteenMinutes = daily = 0;
        var parts = (value ?? "").Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], out fifteenMinutes) && int.TryParse(parts[1], out daily);
    }
}
