namespace MCPacer.Strava.Api;

/// <summary>
/// What a request to the strava service may ask for or hold, in one place: a runaway value is refused before it is
/// read or written. The MCP tools' descriptions state the same limits to the model.
/// </summary>
static class StravaLimits
{
    public const int MaxStreamPoints = 10_000;
    public const int MaxNoteLength = 2000;
    public const int MaxFeedbackLength = 1500;

    /// <summary>The longest from..to of the daily load series.</summary>
    public const int MaxWindowDays = 3660;

    /// <summary>How far ahead a projected race may be, and how many planned sessions a projection may carry.</summary>
    public const int MaxProjectionDays = 730;
    public const int MaxPlannedSessions = 2000;

    /// <summary>A date asked for lies in these years: a typo in the year is refused, not computed day by day.</summary>
    public static readonly DateOnly FirstDate = new(1970, 1, 1);
    public static readonly DateOnly LastDate = new(2100, 12, 31);

    public const int LowestBpm = 30;
    public const int HighestBpm = 250;
    public const double FastestPaceSeconds = 120;
    public const double SlowestPaceSeconds = 720;

    /// <summary>Foster's CR-10 session RPE: 1 (very easy) to 10 (maximal); 0 (rest) is no session to rate.</summary>
    public const int LowestRpe = 1;
    public const int HighestRpe = 10;
}
