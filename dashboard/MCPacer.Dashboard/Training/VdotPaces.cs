using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;

namespace MCPacer.Dashboard.Training;

/// <summary>Daniels' training paces by name, and the one a planned run type is run at.</summary>
internal static class VdotPaces
{
    public static IReadOnlyList<(string Name, string Pace)> Of(TrainingPaceSet paces) =>
    [
        ("Easy", paces.Easy),
        ("Marathon", paces.Marathon),
        ("Threshold", paces.Threshold),
        ("Interval", paces.Interval),
        ("Repetition", paces.Repetition),
    ];

    /// <summary>
    /// Easy and long runs at E pace (Daniels runs long runs at E), marathon-pace runs at M, tempo at T, intervals
    /// at I; null where one pace does not fit: a mixed workout, a progression, a race, rest or cross-training.
    /// </summary>
    public static (string Name, string Pace)? For(string? type, TrainingPaceSet paces) => type switch
    {
        RunTypes.Easy or RunTypes.Recovery or RunTypes.Shakeout or RunTypes.Long or RunTypes.LongRun => ("Easy", paces.Easy),
        RunTypes.MarathonPace => ("Marathon", paces.Marathon),
        RunTypes.Tempo => ("Threshold", paces.Threshold),
        RunTypes.Intervals => ("Interval", paces.Interval),
        _ => null,
    };
}
