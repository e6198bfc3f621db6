using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Store;
using MCPacer.Plans.Yaml;
using MCPacer.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Plans.Api;

/// <summary>
/// Surgical edits. Each answers with the whole plan and its new ETag; each honours If-Match (409 when the
/// file changed since that revision, the file untouched) and is validated before it is written.
/// </summary>
static class PlanEditsApi
{
    public static void MapPlanEdits(this RouteGroupBuilder api)
    {
        api.MapPost("/{planId}/runs", AddRun).WithSummary("Add a run on a date (or week_number + day_of_week); two runs a day are fine");
        api.MapPut("/{planId}/runs/{date}", UpdateRun).WithSummary("Change fields of the run on {date} (?index=1 for that day's second run)");
        api.MapDelete("/{planId}/runs/{date}", RemoveRun).WithSummary("Remove the run on {date} (?index=1 for that day's second run)");
        api.MapPut("/{planId}/weeks/{weekNumber:int}/runs/{day}", UpdateRunOfWeek).WithSummary("Change a run addressed by week number and day name");
        api.MapDelete("/{planId}/weeks/{weekNumber:int}/runs/{day}", RemoveRunOfWeek).WithSummary("Remove a run addressed by week number and day name");
        api.MapPut("/{planId}/weeks/{weekNumber:int}", UpdateWeek).WithSummary("Change weekly_focus or total_planned_distance_km");
        api.MapPost("/{planId}/weeks/{weekNumber:int}/comments", AddComment).WithSummary("Add a YAML comment above the week (shown in the plan context)");
    }

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> AddRun(
        Slug planId, RunFields run, PlanStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = RequestChecks.Run(run, adding: true);
        return errors.Count > 0
            ? PlanResults.Invalid(errors)
            : await EditAsync(store, planId, PlanOperations.AddRun(run), new("add run", run.WeekNumber, run.Date), http, cancellationToken);
    }

    static Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> UpdateRun(
        Slug planId, DateOnly date, RunFields changes, PlanStore store, HttpContext http, CancellationToken cancellationToken, int index = 0) =>
        Update(store, planId, new RunAddress.ByDate(date, index), changes, http, cancellationToken);

    static Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> RemoveRun(
        Slug planId, DateOnly date, PlanStore store, HttpContext http, CancellationToken cancellationToken, int index = 0) =>
        EditAsync(store, planId, PlanOperations.RemoveRun(new RunAddress.ByDate(date, index)), new("remove run", Date: date), http,
            cancellationToken);

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> UpdateRunOfWeek(
        Slug planId, int weekNumber, string day, RunFields changes, PlanStore store, HttpContext http, CancellationToken cancellationToken,
        int index = 0)
    {
        if (!PlanRules.TryParseDay(day, out var parsed))
        {
            return PlanResults.Invalid(new() { ["day"] = [PlanRules.DayError(day)!] });
        }

        return await Update(store, planId, new RunAddress.ByWeekDay(weekNumber, parsed, index), changes, http, cancellationToken);
    }

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> RemoveRunOfWeek(
        Slug planId, int weekNumber, string day, PlanStore store, HttpContext http, CancellationToken cancellationToken, int index = 0)
    {
        if (!PlanRules.TryParseDay(day, out var parsed))
        {
            return PlanResults.Invalid(new() { ["day"] = [PlanRules.DayError(day)!] });
        }

        return await EditAsync(store, planId, PlanOperations.RemoveRun(new RunAddress.ByWeekDay(weekNumber, parsed, index)),
            new("remove run", weekNumber), http, cancellationToken);
    }

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> UpdateWeek(
        Slug planId, int weekNumber, WeekUpdate changes, PlanStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = RequestChecks.Week(changes);
        return errors.Count > 0
            ? PlanResults.Invalid(errors)
            : await EditAsync(store, planId, PlanOperations.UpdateWeek(weekNumber, changes), new("update week", weekNumber), http, cancellationToken);
    }

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> AddComment(
        Slug planId, int weekNumber, PlanComment comment, PlanStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = RequestChecks.Comment(comment);
        return errors.Count > 0
            ? PlanResults.Invalid(errors)
            : await EditAsync(store, planId, PlanOperations.AddWeekComment(weekNumber, comment.Text), new("add comment", weekNumber), http,
                cancellationToken);
    }

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> Update(
        PlanStore store, Slug planId, RunAddress address, RunFields changes, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = RequestChecks.Run(changes, adding: false);
        return errors.Count > 0
            ? PlanResults.Invalid(errors)
            : await EditAsync(store, planId, PlanOperations.UpdateRun(address, changes), EditTarget.Of("update run", address), http,
                cancellationToken);
    }

    static async Task<Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> EditAsync(
        PlanStore store, Slug planId, Func<PlanDocument, string> edit, EditTarget target, HttpContext http, CancellationToken cancellationToken)
    {
        var telemetry = http.RequestServices.GetRequiredService<WriteTelemetry>();
        using var span = telemetry.Start("plan", target.Operation);
        var expected = PlanResults.ExpectedRevision(http.Request);
        span?.SetTag(TelemetryNames.Attributes.PlanId, planId.Value);
        span?.SetTag(TelemetryNames.Attributes.PlanWeek, target.Week);
        span?.SetTag(TelemetryNames.Attributes.PlanRunDate, target.Date?.ToString("yyyy-MM-dd"));
        span?.SetTag(TelemetryNames.Attributes.ExpectedRevision, expected);
        var write = await store.EditAsync(planId, expected, edit, cancellationToken);
        PlanResults.Record(telemetry, span, write);
        return PlanResults.From(write, http.Response);
    }

    /// <summary>What an edit addresses, for its span: the week and the run's date when the request names them.</summary>
    sealed record EditTarget(string Operation, int? Week = null, DateOnly? Date = null)
    {
        public static EditTarget Of(string operation, RunAddress address) => address switch
        {
            RunAddress.ByDate byDate => new(operation, Date: byDate.Date),
            RunAddress.ByWeekDay byDay => new(operation, byDay.WeekNumber),
            _ => new(operation),
        };
    }
}
