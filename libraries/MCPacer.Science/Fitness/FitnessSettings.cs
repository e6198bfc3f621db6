namespace MCPacer.Science.Fitness;

/// <summary>
/// Time constants of the fitness-fatigue model (Banister 1975; Coggan's Performance Manager: 42 and 7 days) and
/// the windows of the acute:chronic workload ratio (Williams et al. 2017, Br J Sports Med 51:209: 7 and 28 days).
/// </summary>
/// <param name="FitnessDays">Time constant τ of fitness (CTL), days.</param>
/// <param name="FatigueDays">Time constant τ of fatigue (ATL), days.</param>
/// <param name="AcuteDays">N of the acute EWMA, λ = 2 / (N + 1).</param>
/// <param name="ChronicDays">N of the chronic EWMA, λ = 2 / (N + 1); the ratio is reported from this many days of data on.</param>
public sealed record FitnessSettings(double FitnessDays = 42, double FatigueDays = 7, int AcuteDays = 7, int ChronicDays = 28)
{
    /// <summary>The standard constants: 42, 7, 7 and 28 days.</summary>
    public static FitnessSettings Standard { get; } = new();

    /// <summary>Williams et al. 2017: a ratio from 1.3 calls for caution.</summary>
    public const double CautionRatio = 1.3;

    /// <summary>Williams et al. 2017 (after Gabbett 2016): a ratio from 1.5 is a spike in load.</summary>
    public const double HighRatio = 1.5;
}
