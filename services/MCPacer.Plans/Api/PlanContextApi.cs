using MCPacer.Contracts;
using MCPacer.Plans.Context;
using MCPacer.Plans.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Api;

static class PlanContextApi
{
    public const string NoActivePlan = "No active training plan.";

    public static void MapPlanContext(this RouteGroupBuilder api) =>
        api.MapGet("/context", GetContext)
            .WithSummary("The active plan (or ?planId=) as compact text for the coach, the current week marked, with the current VDOT paces and the weeks that ramp too fast (from strava)");

    static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetContext(
        PlanStore store, ActivePlanSelector selector, AthleteClock clock, PlanScienceReader science, CancellationToken cancellationToken, Slug? planId = null)
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

        var today = clock.Today;
        var figures = await science.ReadAsync(document.Plan, today, cancellationToken);
        return TypedResults.Text(PlanContextBuilder.Build(document.Plan, today, figures), "text/plain; charset=utf-8");
    }
}
