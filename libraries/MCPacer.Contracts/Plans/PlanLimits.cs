namespace MCPacer.Contracts.Plans;

/// <summary>
/// What a run of a plan may be: the plans service refuses anything else before it is written into the file (a typo or
/// a runaway value such as 1e308 km), the dashboard's run editor checks the same before it sends, and the MCP tools'
/// descriptions state them to the model.
/// </summary>
public static class PlanLimits
{
    public const int MaxTextLength = 2000;
    public const double MaxRunDistanceKm = 400;
    public const double MaxWeekDistanceKm = 7 * MaxRunDistanceKm;
    public const double MaxDurationMinutes = 24 * 60;
    public const int FastestPaceSeconds = 2 * 60;
    public const int SlowestPaceSeconds = 15 * 60;

    /// <summary>A target pace: "4:15" or a range "3:50-3:55", minutes and seconds per km.</summary>
    public const string PacePattern = @"^\d{1,2}:[0-5]\d(-\d{1,2}:[0-5]\d)?$";
}
