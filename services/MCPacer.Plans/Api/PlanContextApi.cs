using MCPacer.Contracts;
using MCPacer.Events.Caching;
using MCPacer.Plans.Context;
using MCPacer.Plans.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Api;

static class PlanContextApi
{
    public const string NoActivePlan = "No active training plan.";

    /// <summary>The plan context's name in the read cache.</summary>
    public const string CachedAnswer = "plan-context";

    public static void MapPlanContext(this RouteGroupBuilder api) =>
        api.MapGet("/context", GetContext)
            .WithSummary("The active plan (or ?planId=) as compact text for the coach, the current week marked, with the current VDOT paces and the weeks that ramp too fast (from strava)");

    static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetContext(
        PlanStore store, ActivePlanSelector selector, AthleteClock clock, PlanScienceReader science, ReadCache cache, CancellationToken cancellationToken,
        Slug? planId = null)
    {
        var id = planId?.Value ?? selector.Current().PlanId;
        if (id is null)
        {
            return TypedResults.Text(NoActivePlan, "text/plain; charset=utf-8");
        }

        if (store.Find(Slug.Parse(id)) is not { } document)
        {
            return PlanResults.PlanNotFound(id);
        }

        // The revision follows the file (the store checks its stamp on every read: our writes and hand edits); strava's
        // paces and projection are followed by the cache's events.
        var today = clock.Today;
        var key = new ReadCacheKey(CachedAnswer, document.Id, $"{document.Revision}|{today:yyyy-MM-dd}");
        var context = await cache.GetOrBuildAsync(key, async ct =>
        {
            var figures = await science.ReadAsync(document.Plan, today, ct);
            return new BuiltAnswer<string>(PlanContextBuilder.Build(document.Plan, today, figures), figures.StravaMissing);
        }, cancellationToken);
        return TypedResults.Text(context, "text/plain; charset=utf-8");
    }
}
