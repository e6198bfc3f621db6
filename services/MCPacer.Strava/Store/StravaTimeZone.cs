namespace MCPacer.Strava.Store;

/// <summary>Strava names time zones as "(GMT+01:00) Europe/Berlin"; this takes the IANA name out of it.</summary>
internal static class StravaTimeZone
{
    public static string? IanaName(string? stravaTimezone)
    {
        if (string.IsNullOrWhiteSpace(stravaTimezone))
        {
            return null;
        }

        var name = stravaTimezone[(stravaTimezone.LastIndexOf(')') + 1)..].Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out _) ? name : null;
    }
}
