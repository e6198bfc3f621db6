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
sealed class PlanScienceReader(StravaClient strava, PlanProjections projections)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<PlanScience> ReadAsync(TrainingPlan plan, DateOnly today, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var paces = TryAsync(() => strava.GetTrainingPacesAsync(null, timeout.Token), cancellationToken);
        var ahead = !plan.Broken && PlannedSessions.RaceDay(plan) > today;
        var projection = ahead ? TryAsync(() => projections.ProjectAsync(plan, timeout.Token), cancellationToken) : Task.FromResult<(FitnessProjection?, string?, bool)>((null, null, false));
        var ((pacesFound, pacesNote, pacesMissing), (projected, projectionNote, projectionMissing)) = (await paces, await projection);

        string[] notes = pacesNote is not null && pacesNote == projectionNote
            ? [$"Paces and ramp check: {pacesNote}"]
            : [.. new[] { pacesNote is null ? null : $"Paces: {pacesNote}", projectionNote is null ? null : $"Ramp check: {projectionNote}" }.OfType<string>()];
        return new PlanScience(pacesFound, projected, notes, pacesMissing || projectionMissing);
    }

    /// <summary>The answer, or the note that replaces it and whether strava failed to answer.</summary>
    static async Task<(T?, string?, bool)> TryAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return (await read(), null, false);
        }
        catch (ServiceUnavailableException)
        {
            return (null, "strava service unavailable, not shown", true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"strava did not answer within {Timeout.TotalSeconds:0.#} s, not shown", true);
        }
        catch (ServiceRequestException refused)
        {
            return (null, refused.Title, false);
        }
    }
}
