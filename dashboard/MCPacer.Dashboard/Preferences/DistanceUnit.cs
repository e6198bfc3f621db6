namespace MCPacer.Dashboard.Preferences;

public enum DistanceUnit
{
    Kilometres,
    Miles,
}

/// <summary>Every distance, pace and height the dashboard shows goes through here, in the runner's chosen unit.</summary>
internal static class Measures
{
    public const double MetresPerMile = 1609.344;
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
        unit == DistanceUnit.Miles ? $"{Whole(metres * FeetPerMetre)} ft" : $"{Whole(metres)} m";

    // Rounded, and never "-0".
    static double Whole(double value) => Math.Round(value) + 0.0;

    public static string FormatKm(double kilometres, DistanceUnit unit, int decimals = 1) =>
        FormatDistance(kilometres * 1000, unit, decimals);

    /// <summary>A pace or range written "m:ss" per km (as plans and the services give it, "/km" or not) in the chosen unit; other text as it is.</summary>
    public static string FormatPaceText(string? minPerKm, DistanceUnit unit)
    {
        if (string.IsNullOrWhiteSpace(minPerKm))
        {
            return "–";
        }

        var parts = minPerKm.Replace("/km", "").Split('-', StringSplitOptions.TrimEntries);
        var converted = parts.Select(part => ParseClock(part) is { } seconds ? FormatClock(unit == DistanceUnit.Miles ? seconds * MetresPerMile / 1000 : seconds) : null).ToList();
        return converted.All(c => c is not null) ? $"{string.Join("–", converted)} /{unit.DistanceLabel()}" : minPerKm;
    }

    static double? ParseClock(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], out var minutes) && int.TryParse(parts[1], out var seconds)
            ? minutes * 60 + seconds
            : null;
    }

    public static string FormatClock(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1 ? $"{(int)time.TotalHours}:{time:mm\\:ss}" : $"{time.Minutes}:{time:ss}";
    }
}
