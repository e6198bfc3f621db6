using System.Globalization;
using MCPacer.Clients;
using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using MCPacer.Plans.Projection;
using MCPacer.Plans.Store;
using MCPacer.Plans.Yaml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Plans.Api;

/// <summary>A plan's fitness projection to race day, computed by the strava service, and the same for an edit before it is saved.</summary>
static class ProjectionApi
{
    public static void MapProjection(this RouteGroupBuilder api)
    {
        api.MapGet("/{planId}/projection", GetProjection)
            .WithSummary("CTL/ATL/TSB of the last 6 weeks carried through the plan to race day, race-day form, peak fitness, weeks that ramp too fast; 503 when strava is down");
        api.MapPost("/{planId}/projection/preview", Preview)
            .WithSummary("The projection of the plan as one edit (update_run, add_run, remove_run, update_week) would leave it, beside the current one; nothing is saved");
    }

    static async Task<Results<Ok<FitnessProjection>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> GetProjection(
        Slug planId, PlanStore store, PlanProjections projections, CancellationToken cancellationToken)
    {
        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        if (document.IsBroken)
        {
            return Broken(document);
        }

        try
        {
            return TypedResults.Ok(await projections.ProjectAsync(document.Plan, cancellationToken));
        }
        catch (Exception e) when (Problem(e) is { } problem)
        {
            return problem;
        }
    }

    static async Task<Results<Ok<ProjectionPreview>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> Preview(
        Slug planId, PlanChangePreview change, PlanStore store, PlanProjections projections, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var edit = EditOf(change, errors);
        if (edit is null)
        {
            return PlanResults.Invalid(errors);
        }

        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        switch (store.Preview(planId, edit))
        {
            case PlanWrite.Previewed previewed:
                try
                {
                    var (current, edited) = (projections.ProjectAsync(document.Plan, cancellationToken),
                        projections.ProjectAsync(previewed.Document.Plan, cancellationToken));
                    await Task.WhenAll(current, edited);
                    var (now, after) = (await current, await edited);
                    return TypedResults.Ok(new ProjectionPreview(now, after, Difference(now, after)));
                }
                catch (Exception e) when (Problem(e) is { } problem)
                {
                    return problem;
                }

            case PlanWrite.NotFound notFound:
                return TypedResults.NotFound(PlanResults.Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message));
            case PlanWrite.Invalid invalid:
                return TypedResults.BadRequest(PlanResults.Problem(StatusCodes.Status400BadRequest, "The change would make the plan invalid",
                    string.Join("; ", invalid.Problems.Select(p => $"{p.Field}: {p.Message}")), ("problems", invalid.Problems)));
            case PlanWrite.Refused refused:
                return TypedResults.Conflict(PlanResults.Problem(StatusCodes.Status409Conflict, "The plan cannot be edited this way", refused.Message));
            case var other:
                throw new InvalidOperationException($"unexpected preview outcome {other}");
        }
    }

    /// <summary>The edit a preview names, as the write endpoints would make it; null with <paramref name="errors"/> filled when the request is not valid.</summary>
    static Func<PlanDocument, string>? EditOf(PlanChangePreview change, Dictionary<string, string[]> errors)
    {
        switch (change.Change)
        {
            case PlanChanges.AddRun when change.Run is { } run:
                Merge(errors, RequestChecks.Run(run, adding: true));
                return errors.Count == 0 ? PlanOperations.AddRun(run) : null;
            case PlanChanges.UpdateRun when change.Run is { } run:
                Merge(errors, RequestChecks.Run(run, adding: false));
                return AddressOf(change, errors) is { } address && errors.Count == 0 ? PlanOperations.UpdateRun(address, run) : null;
            case PlanChanges.RemoveRun:
                return AddressOf(change, errors) is { } removed ? PlanOperations.RemoveRun(removed) : null;
            case PlanChanges.UpdateWeek when change.WeekNumber is { } week && change.Week is { } fields:
                Merge(errors, RequestChecks.Week(fields));
                return errors.Count == 0 ? PlanOperations.UpdateWeek(week, fields) : null;
            case PlanChanges.AddRun or PlanChanges.UpdateRun:
                errors["run"] = [$"{change.Change} needs run: the fields as the run endpoints take them"];
                return null;
            case PlanChanges.UpdateWeek:
                errors["week"] = ["update_week needs week_number and week: {weekly_focus, total_planned_distance_km}"];
                return null;
            default:
                errors["change"] = [$"change is one of {string.Join(", ", PlanChanges.All)}"];
                return null;
        }
    }

    static RunAddress? AddressOf(PlanChangePreview change, Dictionary<string, string[]> errors)
    {
        if (change.Index < 0)
        {
            errors["index"] = ["index is 0 for a day's first run, 1 for its second"];
            return null;
        }

        if (change.Date is { } date)
        {
            return new RunAddress.ByDate(date, change.Index);
        }

        if (change.WeekNumber is { } week && change.DayOfWeek is { } day)
        {
            if (PlanRules.TryParseDay(day, out var parsed))
            {
                return new RunAddress.ByWeekDay(week, parsed, change.Index);
            }

            errors["day_of_week"] = [PlanRules.DayError(day)!];
            return null;
        }

        errors["date"] = [$"{change.Change} addresses a run by date, or by week_number and day_of_week"];
        return null;
    }

    static void Merge(Dictionary<string, string[]> errors, Dictionary<string, string[]> more)
    {
        foreach (var (key, value) in more)
        {
            errors[key] = value;
        }
    }

    /// <summary>What the edit changes: race-day form and fitness, peak fitness, and the too-fast weeks it adds or clears.</summary>
    public static string Difference(FitnessProjection current, FitnessProjection edited)
    {
        var before = current.TooFast.Select(WeekName).ToHashSet();
        var after = edited.TooFast.Select(WeekName).ToHashSet();
        var added = after.Except(before).ToList();
        var cleared = before.Except(after).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"race-day TSB {current.RaceDayForm:+0.#;-0.#;0} → {edited.RaceDayForm:+0.#;-0.#;0}, race-day CTL {current.RaceDayFitness:0.#} → {edited.RaceDayFitness:0.#}, peak CTL {current.PeakFitness:0.#} → {edited.PeakFitness:0.#}; ")
            + (added.Count == 0 ? "no new too-fast week" : $"new too-fast: {string.Join(", ", added)}")
            + (cleared.Count == 0 ? "" : $"; no longer too fast: {string.Join(", ", cleared)}");
    }

    static string WeekName(ProjectedWeek week) =>
        week.Week is { } number ? $"W{number}" : $"week of {week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    static Conflict<ProblemDetails> Broken(PlanDocument document) => TypedResults.Conflict(PlanResults.Problem(StatusCodes.Status409Conflict,
        "The plan has problems", $"plan '{document.Id}' has problems in its file; fix them first (first: {document.Plan.Problems[0]})"));

    /// <summary>Why a projection could not be made, as the answer to give: strava down (503), refused (409), nothing ahead (409).</summary>
    static ProblemHttpResult? Problem(Exception e) => e switch
    {
        ServiceUnavailableException down => TypedResults.Problem(
            title: "The strava service is unavailable",
            detail: $"The projection needs the runner's training history from the strava service: {down.Message} The plan itself is fine; try again shortly.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            extensions: new Dictionary<string, object?> { ["strava_available"] = false, ["service"] = StravaClient.ServiceName }),
        ServiceRequestException refused => TypedResults.Problem(title: refused.Title, detail: refused.Message, statusCode: StatusCodes.Status409Conflict),
        NothingToProjectException nothing => TypedResults.Problem(title: "Nothing to project", detail: nothing.Message, statusCode: StatusCodes.Status409Conflict),
        _ => null,
    };
}
