using MCPacer.Science.Load;

namespace MCPacer.Science.Zones;

/// <summary>
/// Efficiency of a steady run. Efficiency factor (Friel/TrainingPeaks EF for running): normalized graded speed in
/// metres per minute / average heart rate. Aerobic decoupling (Friel, "Aerobic endurance and decoupling"): the
/// speed:heart-rate ratio of the first half of moving time against the second, (EF₁ − EF₂) / EF₁ × 100; under 5 %
/// reads as good aerobic endurance.
/// </summary>
/// <param name="EfficiencyFactor">Whole run: graded m/min per bpm.</param>
/// <param name="DecouplingPercent">(EF₁ − EF₂) / EF₁ × 100; positive when heart rate drifted up against speed.</param>
/// <param name="FirstHalfFactor">EF of the first half of moving time.</param>
/// <param name="SecondHalfFactor">EF of the second half.</param>
/// <param name="MovingMinutes">Moving time analysed.</param>
public sealed record AerobicEfficiency(
    double EfficiencyFactor, double DecouplingPercent, double FirstHalfFactor, double SecondHalfFactor, double MovingMinutes)
{
    /// <summary>Friel: decoupling and EF mean something only for a steady aerobic run of at least this long.</summary>
    public const double MinimumMinutes = 40;

    /// <summary>
    /// EF and decoupling of a run from its time, velocity and heart-rate streams (grade optional: empty = flat, see
    /// <see cref="GradedSpeed"/>); null for runs under <see cref="MinimumMinutes"/> of moving time. Whether the run was
    /// steady is the caller's call (its type).
    /// </summary>
    public static AerobicEfficiency? Analyze(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> velocity, ReadOnlySpan<double> heartRate, ReadOnlySpan<double> gradePercent)
    {
        var movingSeconds = 0.0;
        for (var i = 0; i < timeSeconds.Length; i++)
        {
            movingSeconds += GradedSpeed.MovingSeconds(timeSeconds, velocity, i);
        }

        if (movingSeconds < MinimumMinutes * 60)
        {
            return null;
        }

        var split = 0;
        for (var halfway = 0.0; halfway < movingSeconds / 2; split++)
        {
            halfway += GradedSpeed.MovingSeconds(timeSeconds, velocity, split);
        }

        var first = Factor(timeSeconds, velocity, heartRate, gradePercent, 0, split);
        var second = Factor(timeSeconds, velocity, heartRate, gradePercent, split, timeSeconds.Length);
        var whole = Factor(timeSeconds, velocity, heartRate, gradePercent, 0, timeSeconds.Length);
        return new AerobicEfficiency(whole, (first - second) / first * 100, first, second, movingSeconds / 60);
    }

    static double Factor(
        ReadOnlySpan<double> time, ReadOnlySpan<double> velocity, ReadOnlySpan<double> heartRate, ReadOnlySpan<double> grade, int from, int to)
    {
        var (meters, seconds) = GradedSpeed.Accumulate(time, velocity, grade, from, to);
        var beats = 0.0;
        for (var i = from; i < to; i++)
        {
            beats += heartRate[i] * GradedSpeed.MovingSeconds(time, velocity, i);
        }

        return meters / seconds * 60 / (beats / seconds);
    }
}
