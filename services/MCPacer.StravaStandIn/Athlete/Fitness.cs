namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// How fit the athlete is on a day, as threshold speed (m/s): about 4% slower a year before the build,
/// improving through it. Paces of base-phase sessions and the heart rate at a given speed follow from it.
/// </summary>
internal sealed class Fitness(DateOnly buildStart)
{
    /// <summary>Threshold pace when the build starts: 4:04 per km.</summary>
    const double BuildStartThreshold = 1000 / 244.0;

    public const int RestingHeartrate = 46;
    public const int MaxHeartrate = 188;

    public double ThresholdSpeed(DateOnly date)
    {
        var days = date.DayNumber - buildStart.DayNumber;
        if (days >= 0)
        {
            return BuildStartThreshold * (1 + 0.02 * Math.Min(days, 98) / 98.0);
        }

        var yearsBack = -days / 365.25;
        var seasonal = 0.008 * Math.Sin(2 * Math.PI * date.DayOfYear / 365.25);
        return BuildStartThreshold * (1 - 0.04 * Math.Min(yearsBack, 1) - 0.01 * Math.Max(0, Math.Min(yearsBack - 1, 3)) + seasonal);
    }

    /// <summary>Steady-state heart rate running at <paramref name="speed"/>: about 140 easy, 160 at marathon pace, 172 for 1 km reps.</summary>
    public static double SteadyHeartrate(double thresholdSpeed, double speed)
    {
        if (speed < 0.5)
        {
            return 95;
        }

        var relative = speed / thresholdSpeed;
        return Math.Clamp(166 + (relative - 1) * 118, 105, MaxHeartrate - 2);
    }
}
