using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Store;
using MCPacer.Plans.Yaml;
using MCPacer.ServiceDefaults;
using MCPacer.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Api;

internal static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("Plans");
        api.MapServiceStatus("");
        api.MapGet("/", ListPlans).WithSummary("All plans, broken ones included with their problems; the active one marked");
        api.MapGet("/active", GetActive).WithSummary("The active plan: pinned, or the nearest race on or after today");
        api.MapPut("/active", PinPlan).WithSummary("Pin a plan as the active one (plan_id null unpins)");
        api.MapPost("/", CreatePlan).WithSummary("Create a plan from a skeleton: race, date, goal, number of weeks");
        api.MapGet("/{planId}", GetPlan).WithSummary("A plan as JSON, with its revision as ETag");
        api.MapGet("/{planId}/yaml", GetPlanYaml).WithSummary("A plan's YAML file as it is on disk, with its revision as ETag");
        api.MapDelete("/{planId}", DeletePlan).WithSummary("Delete a plan (If-Match: its revision, optional)");
        api.MapPlanEdits();
        api.MapPlanContext();
        api.MapAdherence();
        api.MapProjection();
        api.MapCalendar();
        return api;
    }

    static Ok<PlanSummary[]> ListPlans(PlanStore store, ActivePlanSelector selector)
    {
        var active = selector.Current();
        return TypedResults.Ok(store.List().Select(document => new PlanSummary(
            document.Id,
            document.Plan.PlanName,
            document.Plan.GoalRace?.RaceName,
            document.Plan.GoalRace?.Date,
            document.Plan.GoalRace?.GoalTime,
            document.Plan.Weeks.Count,
            document.Id == active.PlanId,
            active.Pinned && document.Id == active.PlanId,
            document.Revision,
            document.IsBroken,
            document.Plan.Problems)).ToArray());
    }

    static Ok<ActivePlan> GetActive(ActivePlanSelector selector) => TypedResults.Ok(selector.Current());

    static async Task<Results<Ok<ActivePlan>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> PinPlan(
        PinPlanRequest request, PlanStore store, ActivePlanSelector selector, CancellationToken cancellationToken)
    {
        Slug? id = null;
        if (request.PlanId is not null)
        {
            if (!Slug.TryParse(request.PlanId, out var parsed))
            {
                return PlanResults.Invalid(new() { ["plan_id"] = [$"'{request.PlanId}' is not a plan id"] });
            }

            if (store.Find(parsed) is null)
            {
                return PlanResults.PlanNotFound(parsed.Value);
            }

            id = parsed;
        }

        await selector.PinAsync(id, cancellationToken);
        return TypedResults.Ok(selector.Current());
    }

    static Results<Ok<TrainingPlan>, NotFound<ProblemDetails>> GetPlan(Slug planId, PlanStore store, HttpResponse response)
    {
        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        PlanResults.SetETag(response, document.Revision);
        return TypedResults.Ok(document.Plan);
    }

    static Results<ContentHttpResult, NotFound<ProblemDetails>> GetPlanYaml(Slug planId, PlanStore store, HttpResponse response)
    {
        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        PlanResults.SetETag(response, document.Revision);
        return TypedResults.Text(document.Text, "application/yaml; charset=utf-8");
    }

    static async Task<Results<Created<TrainingPlan>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> CreatePlan(
        CreatePlanRequest request, PlanStore store, AthleteClock clock, WriteTelemetry telemetry, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = RequestChecks.Create(request, out var id);
        if (errors.Count > 0)
        {
            return PlanResults.Invalid(errors);
        }

        var text = PlanSkeleton.Write(request, clock.Today);
        using var span = telemetry.Start("plan", "create");
        span?.SetTag(TelemetryNames.Attributes.PlanId, id.Value);
        var write = await store.CreateAsync(id, text, cancellationToken);
        PlanResults.Record(telemetry, span, write);
        switch (write)
        {
            case PlanWrite.Saved saved:
                PlanResults.SetETag(response, saved.Document.Revision);
                return TypedResults.Created($"/api/plans/{id}", saved.Document.Plan);
            case PlanWrite.Invalid invalid:
                return TypedResults.BadRequest(PlanResults.Problem(StatusCodes.Status400BadRequest, "The plan would not be valid",
                    string.Join("; ", invalid.Problems.Select(p => $"{p.Field}: {p.Message}")), ("problems", invalid.Problems)));
            case var other:
                return TypedResults.Conflict(PlanResults.Problem(StatusCodes.Status409Conflict, "The plan exists already",
                    other is PlanWrite.Refused refused ? refused.Message : $"plan '{id}' exists already"));
        }
    }

    static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> DeletePlan(
        Slug planId, PlanStore store, WriteTelemetry telemetry, HttpRequest request, CancellationToken cancellationToken)
    {
        using var span = telemetry.Start("plan", "delete");
        span?.SetTag(TelemetryNames.Attributes.PlanId, planId.Value);
        var write = await store.DeleteAsync(planId, PlanResults.ExpectedRevision(request), cancellationToken);
        PlanResults.Record(telemetry, span, write);
        return write switch
        {
            PlanWrite.Deleted => TypedResults.NoContent(),
            PlanWrite.Stale stale => TypedResults.Conflict(PlanResults.Problem(StatusCodes.Status409Conflict,
                "The plan changed since you read it", $"the plan is now at revision {stale.CurrentRevision}; it was not deleted",
                ("current_revision", stale.CurrentRevision))),
            _ => PlanResults.PlanNotFound(planId.Value),
        };
    }
}
