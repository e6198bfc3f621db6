namespace MCPacer.Contracts.StravaApi;

/// <summary>The Strava sport_type values the demo athlete records (Strava has many more).</summary>
public static class SportTypes
{
    public const string Run = "Run";
    public const string TrailRun = "TrailRun";
    public const string VirtualRun = "VirtualRun";
    public const string Ride = "Ride";
    public const string WeightTraining = "WeightTraining";
}
