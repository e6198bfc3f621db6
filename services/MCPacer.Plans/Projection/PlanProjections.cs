using MCPacer.Clients;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Projection;

/// <summary>Thrown when a plan has no race day after today: nothing is left to project.</summary>
sealed class NothingToProjectException(string message) : Exception(message);

/// <summary>
/// A plan's projection: its sessions (<see cref="PlannedSessions"/>) sent to the strava service, which owns the history
/// and the science over it, and the answer labelled with the plan's id and week numbers. Strava's failures come
/// through as the client's exceptions.
/// </summary>
sealed class PlanProjections(StravaClient strava, AthleteClock clock)
{
    public async Task<FitnessProjection> ProjectAsync(TrainingPlan plan, CancellationToken cancellationToken)
    {
        if (PlannedSessions.RaceDay(plan) is not { } raceDay || raceDay <= clock.Today)
        {
            throw new NothingToProjectException(
                $"plan '{plan.Id}' has no race day after today ({clock.Today:yyyy-MM-dd}); a projection runs from today to race day");
        }

        var projection = await strava.ProjectAsync(new ProjectionRequest(raceDay, PlannedSessions.Of(plan), plan.Id), cancellationToken);
        var weeks = projection.Weeks.Select(w => w with { Week = WeekNumberOf(plan, w.Monday) }).ToList();
        return projection with { Weeks = weeks, TooFast = [.. weeks.Where(w => w.Flags.Count > 0)] };
    }

    /// <summary>The plan week holding the Thursday of the Monday-to-Sunday week (the ISO rule for a week that straddles two).</summary>
    static int? WeekNumberOf(TrainingPlan plan, DateOnly monday) =>
        plan.Weeks.FirstOrDefault(w => w.WeekStartDate is { } start && start <= monday.AddDays(3) && start.AddDays(6) >= monday.AddDays(3))?.WeekNumber;
}
