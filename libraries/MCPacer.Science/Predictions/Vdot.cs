namespace MCPacer.Science.Predictions;

/// <summary>
/// Daniels and Gilbert's VDOT (Oxygen Power, 1979; Daniels' Running Formula): the oxygen cost of running at v
/// metres per minute, VO2 = −4.60 + 0.182258·v + 0.000104·v², over the fraction of VO2max sustainable for t minutes,
/// %max = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t). VDOT = VO2 / %max.
/// </summary>
public static class Vdot
{
    /// <summary>Oxygen cost (ml·kg⁻¹·min⁻¹) of running at <paramref name="metersPerMinute"/>.</summary>
    public static double OxygenCost(double metersPerMinute) => -4.60 + 0.182258 * metersPerMinute + 0.000104 * metersPerMinute * metersPerMinute;

    /// <summary>Fraction of VO2max sustainable for a race of <paramref name="minutes"/>.</summary>
    public static double FractionOfMax(double minutes) =>
        0.8 + 0.1894393 * Math.Exp(-0.012778 * minutes) + 0.2989558 * Math.Exp(-0.1932605 * minutes);

    /// <summary>VDOT of a race (or all-out effort) of <paramref name="meters"/> in <paramref name="seconds"/>.</summary>
    public static double FromRace(double meters, double seconds)
    {
        var minutes = seconds / 60;
        return OxygenCost(meters / minutes) / FractionOfMax(minutes);
    }

    /// <summary>
    /// Race time (seconds) over <paramref name="meters"/> at <paramref name="vdot"/>: the t with FromRace(meters, t) = vdot,
    /// by bisection (VDOT falls as time grows over race durations from 1 minute to 2 days).
    /// </summary>
    public static double PredictSeconds(double vdot, double meters)
    {
        double fast = 60, slow = 2 * 24 * 3600;
        while (slow - fast > 0.01)
        {
            var middle = (fast + slow) / 2;
            (fast, slow) = FromRace(meters, middle) > vdot ? (middle, slow) : (fast, middle);
        }

        return (fast + slow) / 2;
    }

    /// <summary>Speed (m/min) whose oxygen cost is <paramref name="fraction"/> of VDOT: the root of Daniels' cost quadratic.</summary>
    public static double SpeedAtFraction(double vdot, double fraction)
    {
        const double a = 0.000104, b = 0.182258;
        var c = -4.60 - fraction * vdot;
        return (-b + Math.Sqrt(b * b - 4 * a * c)) / (2 * a);
    }
}
