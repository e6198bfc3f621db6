using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Plans.Adherence;
using MCPacer.Plans.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Plans.Api;

static partial class AdherenceApi
{
    public static void MapAdherence(this RouteGroupBuilder api) =>
        api.MapGet("/{planId}/adherence", GetAdherence)
            .WithSummary("Planned vs actual per week and per run, with compliance scores; 503 when the strava service is down");

    static async Task<Results<Ok<PlanAdherence>, NotFound<ProblemDetails>, ProblemHttpResult>> GetAdherence(
        Slug planId, PlanStore store, AthleteClock clock, StravaActivitiesClient strava, ILogger<StravaActivitiesClient> logger,
        CancellationToken cancellationToken)
    {
        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        var today = clock.Today;
        IReadOnlyList<ActivitySummary> activities = [];
        if (AdherenceCalculator.ActivityRange(document.Plan, today) is var (from, to))
        {
            try
            {
                activities = await strava.GetActivitiesAsync(from, to, cancellationToken);
            }
            catch (Exception e) when (StravaActivitiesClient.IsUnavailable(e, cancellationToken))
            {
                LogStravaUnavailable(logger, e.GetType().Name);
                return TypedResults.Problem(
                    title: "The strava service is unavailable",
                    detail: "Adherence needs the runner's activities from the strava service, which did not answer. The plan itself is fine; try again shortly.",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    extensions: new Dictionary<string, object?> { ["strava_available"] = false, ["service"] = StravaActivitiesClient.ServiceName });
            }
        }

        return TypedResults.Ok(AdherenceCalculator.Compute(document.Plan, activities, today));
    }

    [LoggerMessage(LogLevel.Warning, "Adherence without actuals: the strava service is unavailable ({Failure})")]
    static partial void LogStravaUnavailable(ILogger logger, string failure);
}
