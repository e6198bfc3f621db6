using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Adherence;
using MCPacer.Plans.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Plans.Api;

static class AdherenceApi
{
    public static void MapAdherence(this RouteGroupBuilder api) =>
        api.MapGet("/{planId}/adherence", GetAdherence)
            .WithSummary("Planned vs actual per week and per run, with compliance scores; 503 when the strava service is down");

    static async Task<Results<Ok<PlanAdherence>, NotFound<ProblemDetails>, ProblemHttpResult>> GetAdherence(
        Slug planId, PlanStore store, AdherenceService adherence, CancellationToken cancellationToken)
    {
        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        return await adherence.TryComputeAsync(document.Plan, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : StravaUnavailable();
    }

    public static ProblemHttpResult StravaUnavailable() => TypedResults.Problem(
        title: "The strava service is unavailable",
        detail: "Adherence needs the runner's activities from the strava service, which did not answer. The plan itself is fine; try again shortly.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        extensions: new Dictionary<string, object?> { ["strava_available"] = false, ["service"] = StravaActivitiesClient.ServiceName });
}
