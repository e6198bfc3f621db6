namespace MCPacer.Science.Load;

/// <summary>
/// The kinds of session a plan names (the run types of MCPacer's training plans, restated here so the library
/// depends on nothing), each with the intensity factor MCPacer assumes for the whole session when nothing was
/// measured.
/// </summary>
public enum SessionType
{
    /// <summary>Easy aerobic run.</summary>
    Easy,

    /// <summary>Very easy run the day after a hard one.</summary>
    Recovery,

    /// <summary>Long run.</summary>
    Long,

    /// <summary>Structured workout of mixed efforts.</summary>
    Workout,

    /// <summary>Sustained run near threshold.</summary>
    Tempo,

    /// <summary>Repeats at interval or repetition pace with recoveries.</summary>
    Intervals,

    /// <summary>Run that speeds up from easy towards threshold.</summary>
    Progression,

    /// <summary>Run with a block at marathon pace.</summary>
    MarathonPace,

    /// <summary>Race.</summary>
    Race,

    /// <summary>Anything that is not running.</summary>
    CrossTraining,

    /// <summary>Rest day.</summary>
    Rest,
}

/// <summary>
/// Typical whole-session intensity factor (speed or heart rate over threshold) per session type: MCPacer's own
/// assumption, not a published table. With Coggan's TSS = hours × IF² × 100 an easy hour scores about 52, a tempo
/// session with its warm-up about 72 an hour, and an hour at threshold 100.
/// </summary>
public static class SessionIntensity
{
    /// <summary>Whole-session intensity factor assumed for a session type.</summary>
    public static double Typical(SessionType type) => type switch
    {
        SessionType.Recovery => 0.65,
        SessionType.Easy => 0.72,
        SessionType.Long => 0.75,
        SessionType.Progression => 0.80,
        SessionType.MarathonPace => 0.82,
        SessionType.Tempo or SessionType.Workout or SessionType.Intervals => 0.85,
        SessionType.Race => 0.95,
        SessionType.CrossTraining => 0.65,
        SessionType.Rest => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Coggan's training stress score for a duration at an intensity factor: hours × IF² × 100.</summary>
    public static double StressScore(double hours, double intensityFactor) => hours * intensityFactor * intensityFactor * 100;
}
