using MCPacer.Contracts.Strava;

namespace MCPacer.Strava.Store;

/// <summary>Which Strava sport types count as running; everything else is cross-training.</summary>
internal static class SportFamily
{
    static readonly HashSet<string> Running = new(StringComparer.OrdinalIgnoreCase) { "Run", "TrailRun", "VirtualRun", "Treadmill" };

    public static string Of(string sportType) => Running.Contains(sportType) ? SportFamilies.Running : SportFamilies.CrossTraining;

    /// <summary>A treadmill run: Strava marks it as a Run on a trainer (or VirtualRun).</summary>
    public static bool IsTreadmill(string sportType, bool trainer) =>
        Running.Contains(sportType) && (trainer || sportType is "VirtualRun" or "Treadmill");
}
