namespace MCPacer.Dashboard.Preferences;

public enum DistanceUnit
{
    Kilometres,
    Miles,
}

/// <summary>Every distance, pace and height the dashboard shows goes through here, in the runner's chosen unit.</summary>
public static class Measures
{
    const double MetresPerMile = 1609.344;
    const double FeetPerMetre = 3.28084;

    public static string DistanceLabel(this DistanceUnit unit) => unit == DistanceUnit.Miles ? "mi" : "km";

    public static double Distance(double metres, DistanceUnit unit) =>
        unit == DistanceUnit.Miles ? metres / MetresPerMile : metres / 1000;

    public static string FormatDistance(double metres, DistanceUnit unit, int decimals = 1) =>
        $"{Distance(metres, unit).ToString($"F{decimals}")} {unit.DistanceLabel()}";

    /// <summary>Minutes:seconds per km or mile, from a speed in metres per second.</summary>
    public static string FormatPace(double metresPerSecond, DistanceUnit unit)
    {
        if (metresPerSecond <= 0)
        {
            return "–";
        }

        var seconds = (unit == DistanceUnit.Miles ? MetresPerMile : 1000) / metresPerSecond;
        return $"{FormatClock(seconds)} /{unit.DistanceLabel()}";
    }

    /// <summary>Elevation in metres with kilometres, in feet with miles.</summary>
    public static string FormatHeight(double metres, DistanceUnit unit) =>
        unit == DistanceUnit.Miles ? $"{metres * FeetPerMetre:F0} ft" : $"{metres:F0} m";

    public static string FormatClock(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1 ? $"{(int)time.TotalHours}:{time:mm\\:ss}" : $"{time.Minutes}:{time:ss}";
    }
}
