namespace MCPacer.Science.Fitness;

/// <summary>What the acute:chronic workload ratio says about a day (Williams et al. 2017 thresholds).</summary>
public enum WorkloadRisk
{
    /// <summary>Ratio below 1.3, or too little history for a ratio.</summary>
    None,

    /// <summary>Ratio from 1.3.</summary>
    Caution,

    /// <summary>Ratio from 1.5.</summary>
    High,
}

/// <summary>
/// One day of the fitness series. Fitness (CTL) and fatigue (ATL) are exponentially weighted averages of daily
/// load with weight 1 − e^(−1/τ) (Banister's impulse-response decay as GoldenCheetah and intervals.icu compute it),
/// including the day's own load. Form (TSB) follows TrainingPeaks: today's form is yesterday's fitness minus
/// yesterday's fatigue, i.e. how fresh the athlete is this morning before training.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="Load">The day's load (sum of its activities, TSS units).</param>
/// <param name="Fitness">CTL after the day.</param>
/// <param name="Fatigue">ATL after the day.</param>
/// <param name="Form">TSB this morning: yesterday's CTL − yesterday's ATL.</param>
/// <param name="RampRate">CTL change over the last 7 days (this day's CTL − CTL 7 days before).</param>
/// <param name="AcuteLoad">Acute EWMA of load (Williams et al. 2017, λ = 2/(7+1)).</param>
/// <param name="ChronicLoad">Chronic EWMA of load (λ = 2/(28+1)).</param>
/// <param name="WorkloadRatio">Acute / chronic; null until the chronic window has filled once.</param>
public readonly record struct FitnessDay(
    DateOnly Date, double Load, double Fitness, double Fatigue, double Form, double RampRate,
    double AcuteLoad, double ChronicLoad, double? WorkloadRatio)
{
    /// <summary>The ratio read against Williams et al.'s thresholds (1.3 caution, 1.5 high).</summary>
    public WorkloadRisk Risk => WorkloadRatio switch
    {
        >= FitnessSettings.HighRatio => WorkloadRisk.High,
        >= FitnessSettings.CautionRatio => WorkloadRisk.Caution,
        _ => WorkloadRisk.None,
    };
}
