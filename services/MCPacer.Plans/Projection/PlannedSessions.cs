using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Projection;

/// <summary>
/// A plan's runs as the sessions strava's projection takes: each plan type (ours and the original MCPacer's) as a
/// session type, the target pace in seconds per km. Rest days and runs without a date carry no load and are left out.
/// </summary>
static class PlannedSessions
{
    public static IReadOnlyList<PlannedSession> Of(TrainingPlan plan) =>
    [
        .. plan.Weeks.SelectMany(w => w.Runs)
            .Where(r => r.Date is not null && TypeOf(r.Type) is not null)
            .Select(r => new PlannedSession(r.Date!.Value, TypeOf(r.Type)!, r.DistanceKm ?? 0, PlanRules.PaceSeconds(r.TargetPaceMinPerKm), r.DurationMinutes)),
    ];

    /// <summary>The goal race's date, else the plan's last planned day.</summary>
    public static DateOnly? RaceDay(TrainingPlan plan) =>
        plan.GoalRace?.Date ?? plan.Weeks.SelectMany(w => w.Runs).Select(r => r.Date).Max();

    /// <summary>The session type of a plan run type; null for rest and unknown types.</summary>
    public static string? TypeOf(string? type) => type switch
    {
        RunTypes.Easy => PlannedSessionTypes.Easy,
        RunTypes.Recovery or RunTypes.Shakeout => PlannedSessionTypes.Recovery,
        RunTypes.Long or RunTypes.LongRun => PlannedSessionTypes.Long,
        RunTypes.Workout => PlannedSessionTypes.Workout,
        RunTypes.Tempo => PlannedSessionTypes.Tempo,
        RunTypes.Intervals => PlannedSessionTypes.Intervals,
        RunTypes.Progression => PlannedSessionTypes.Progression,
        RunTypes.MarathonPace => PlannedSessionTypes.MarathonPace,
        RunTypes.Race or RunTypes.TuneupRace => PlannedSessionTypes.Race,
        RunTypes.CrossTraining => PlannedSessionTypes.CrossTraining,
        RunTypes.Gym => PlannedSessionTypes.Strength,
        _ => null,
    };
}
