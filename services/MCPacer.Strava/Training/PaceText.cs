using System.Globalization;

namespace MCPacer.Strava.Training;

/// <summary>Paces as runners write them: "4:05" per km in, "4:05/km" out.</summary>
internal static class PaceText
{
    /// <summary>"m:ss" (seconds 00 to 59) as seconds per km.</summary>
    public static bool TryParse(string? text, out double secondsPerKm)
    {
        secondsPerKm = 0;
        var parts = text?.Trim().Split(':');
        if (parts is not [var minutes, var seconds] || seconds.Length != 2
            || !int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s > 59)
        {
            return false;
        }

        secondsPerKm = m * 60 + s;
        return true;
    }

    /// <summary>"m:ss" without the unit.</summary>
    public static string Short(double secondsPerKm)
    {
        var rounded = (int)Math.Round(secondsPerKm);
        return $"{rounded / 60}:{rounded % 60:00}";
    }

    public static string PerKm(double secondsPerKm) => Short(secondsPerKm) + "/km";
}
