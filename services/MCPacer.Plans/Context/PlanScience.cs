using MCPacer.Clients;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using MCPacer.Plans.Projection;

namespace MCPacer.Plans.Context;

/// <summary>What the strava service adds to the plan context: the current VDOT paces and the projection, or in a line why not.</summary>
/// <param name="Notes">One line per missing part (strava down, no VDOT, no threshold pace).</param>
/// <param name="StravaMissing">A part is missing because strava did not answer (not because it has nothing to say).</param>
sealed record PlanScience(TrainingPaceSet? Paces, FitnessProjection? Projection, IReadOnlyList<string> Notes, bool StravaMissing);

/// <summary>
/// Asks strava for the paces and the plan's projection at once, each given <see cref="Timeout"/>: the coach reads the
/// plan context at every session start and must not wait on a slow strava.
/// </summary>
sealed class PlanScienceReader(StravaClient strava, PlanProjections projections, TimeProvider time)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<PlanScience> ReadAsync(TrainingPlan plan, DateOnly today, CancellationToken cancellationToken)
    {
        var paces = AskStravaAsync(token => strava.GetTrainingPacesAsync(null, token), cancellationToken);
        var projection = !plan.Broken && PlannedSessions.RaceDay(plan) > today
            ? AskStravaAsync(token => projections.ProjectAsync(plan, token), cancellationToken)
            : Task.FromResult(new BoundedAnswer<FitnessProjection>(null, null));
        var (pacesFound, projected) = (await paces, await projection);

        string[] notes = pacesFound.Missing is not null && pacesFound.Missing == projected.Missing
            ? [$"Paces and ramp check: {pacesFound.Missing}"]
            : [.. new[] { Note("Paces", pacesFound.Missing), Note("Ramp check", projected.Missing) }.OfType<string>()];
        return new PlanScience(pacesFound.Value, projected.Value, notes, pacesFound.Unanswered || projected.Unanswered);
    }

    Task<BoundedAnswer<T>> AskStravaAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) where T : class =>
        BoundedCall.RunAsync(StravaClient.ServiceName, Timeout, call, time, cancellationToken);

    static string? Note(string part, string? missing) => missing is null ? null : $"{part}: {missing}";
}
