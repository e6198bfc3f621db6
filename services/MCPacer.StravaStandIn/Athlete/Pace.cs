using System.Globalization;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>Running pace as minutes:seconds per kilometre, and its speed in meters per second.</summary>
internal static class Pace
{
    public static double SecondsPerKm(string pace)
    {
        var parts = pace.Split(':');
        return int.Parse(parts[0], CultureInfo.InvariantCulture) * 60 + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    public static double Speed(string pace) => 1000 / SecondsPerKm(pace);

    public static string Format(double secondsPerKm)
    {
        var rounded = (int)Math.Round(secondsPerKm);
        return $"{rounded / 60}:{rounded % 60:00}";
    }

    public static string FromSpeed(double metersPerSecond) => Format(1000 / metersPerSecond);
}
