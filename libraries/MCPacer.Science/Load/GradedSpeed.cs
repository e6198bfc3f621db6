using MCPacer.Science.Streams;

namespace MCPacer.Science.Load;

/// <summary>
/// Grade-adjusted (flat-equivalent) speed from the energy cost of running on a slope, Minetti et al. 2002
/// (J Appl Physiol 93:1039): Cr(i) = 155.4i⁵ − 30.4i⁴ − 43.3i³ + 46.3i² + 19.5i + 3.6 J·kg⁻¹·m⁻¹, i the grade as a
/// fraction. A metre at grade i costs Cr(i)/Cr(0) flat metres. The "normalized graded speed" is the time-weighted
/// mean of that flat-equivalent speed over moving time (flat-equivalent metres / moving seconds). MCPacer does not
/// apply the 30-second fourth-power rolling average of Coggan's normalized power: running cost grows about linearly
/// with speed (Minetti), so a mean already weighs surges fairly.
/// </summary>
public static class GradedSpeed
{
    /// <summary>Samples slower than this (m/s) are standing still and leave moving time.</summary>
    public const double StoppedBelowMetersPerSecond = 0.5;

    /// <summary>Minetti's polynomial was fitted on grades from −45 % to +45 %; steeper grades are held to that.</summary>
    public const double MaxGradeFraction = 0.45;

    /// <summary>Minetti's energy cost of running, J·kg⁻¹·m⁻¹, at a grade fraction.</summary>
    public static double CostOfRunning(double gradeFraction)
    {
        var i = Math.Clamp(gradeFraction, -MaxGradeFraction, MaxGradeFraction);
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
    }

    /// <summary>Flat metres per metre run at a grade in percent (Strava's grade_smooth unit): Cr(i)/Cr(0).</summary>
    public static double FlatEquivalentFactor(double gradePercent) => CostOfRunning(gradePercent / 100) / CostOfRunning(0);

    /// <summary>Seconds sample <paramref name="index"/> stands for while moving (<see cref="SampleIntervals"/>); 0 when stopped.</summary>
    public static double MovingSeconds(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> velocity, int index) =>
        velocity[index] < StoppedBelowMetersPerSecond ? 0 : SampleIntervals.Seconds(timeSeconds, index);

    /// <summary>
    /// Flat-equivalent metres and moving seconds over samples [<paramref name="from"/>, <paramref name="to"/>).
    /// An empty grade stream means flat.
    /// </summary>
    public static (double Meters, double Seconds) Accumulate(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> velocity, ReadOnlySpan<double> gradePercent, int from, int to)
    {
        double meters = 0, seconds = 0;
        for (var i = from; i < to; i++)
        {
            var dt = MovingSeconds(timeSeconds, velocity, i);
            meters += dt == 0 ? 0 : velocity[i] * dt * (gradePercent.IsEmpty ? 1 : FlatEquivalentFactor(gradePercent[i]));
            seconds += dt;
        }

        return (meters, seconds);
    }

    /// <summary>Normalized graded speed (m/s) over the whole stream; null when nothing moved.</summary>
    public static double? Normalized(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> velocity, ReadOnlySpan<double> gradePercent)
    {
        var (meters, seconds) = Accumulate(timeSeconds, velocity, gradePercent, 0, timeSeconds.Length);
        return seconds > 0 ? meters / seconds : null;
    }
}
