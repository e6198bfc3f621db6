using System.Globalization;

namespace MCPacer.Strava.Context;

/// <summary>How figures are written for people and models: "4:52/km", "1:02:15", "12.3 km".</summary>
internal static class RunFigures
{
    public static string? Pace(double meters, int seconds)
    {
        if (meters < 50 || seconds <= 0)
        {
            return null;
        }

        var perKm = (int)Math.Round(seconds / (meters / 1000.0));
        return $"{perKm / 60}:{perKm % 60:00}/km";
    }

    public static string Duration(int seconds) =>
        seconds >= 3600
            ? $"{seconds / 3600}:{seconds % 3600 / 60:00}:{seconds % 60:00}"
            : $"{seconds / 60}:{seconds % 60:00}";

    public static string Km(double km) => km.ToString(km >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    public static double RoundKm(double meters) => Math.Round(meters / 1000.0, 2);
}
