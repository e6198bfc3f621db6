namespace MCPacer.Science.Streams;

/// <summary>Pace (seconds per kilometre) and speed (metres per second) are the same measure upside down.</summary>
public static class Pace
{
    /// <summary>Metres per second for a pace in seconds per kilometre.</summary>
    public static double ToSpeed(double secondsPerKm) => 1000 / secondsPerKm;

    /// <summary>Seconds per kilometre for a speed in metres per second.</summary>
    public static double FromSpeed(double metersPerSecond) => 1000 / metersPerSecond;
}
