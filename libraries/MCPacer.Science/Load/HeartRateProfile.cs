namespace MCPacer.Science.Load;

/// <summary>Which of Banister's two lactate weightings applies (Banister 1991: separate curves for men and women).</summary>
public enum Sex
{
    /// <summary>Weighting 0.64·e^(1.92x).</summary>
    Male,

    /// <summary>Weighting 0.86·e^(1.67x).</summary>
    Female,
}

/// <summary>
/// The athlete's heart-rate anchors: resting and maximum for the heart-rate reserve (Karvonen 1957), and the
/// lactate-threshold heart rate (Friel's LTHR) when known.
/// </summary>
/// <param name="RestingBpm">Resting heart rate.</param>
/// <param name="MaxBpm">Maximum heart rate.</param>
/// <param name="Sex">Selects Banister's weighting.</param>
/// <param name="ThresholdBpm">Lactate-threshold heart rate, needed for hrTSS and threshold zones.</param>
public sealed record HeartRateProfile(double RestingBpm, double MaxBpm, Sex Sex, double? ThresholdBpm = null)
{
    /// <summary>
    /// Fraction of the heart-rate reserve, (HR − rest) / (max − rest), held to [0, 1] so a reading above the
    /// recorded maximum or below rest cannot weigh more than a maximal or less than a resting minute (Karvonen 1957).
    /// </summary>
    public double ReserveFraction(double bpm) => Math.Clamp((bpm - RestingBpm) / (MaxBpm - RestingBpm), 0, 1);
}
