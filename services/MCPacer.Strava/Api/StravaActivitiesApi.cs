using System.Globalization;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Events;
using MCPacer.Strava.Client;
using MCPacer.Strava.Coaching;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;
using MCPacer.Strava.Sync;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Strava.Api;

/// <summary>The synced activities, runs in detail, their streams, digests, notes and coaching feedback.</summary>
internal static class StravaActivitiesApi
{
    public static RouteGroupBuilder MapStravaActivitiesApi(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/strava/activities").WithTags("Strava activities");
        activities.MapGet("/", List).WithSummary("Activities, newest first, by page (page, per_page up to 200)");
        activities.MapGet("/range", Range).WithSummary("Activities between two local dates (from, to: yyyy-MM-dd), oldest first");
        activities.MapGet("/{id}", GetActivity).WithSummary("One activity");
        activities.MapGet("/{id}/detail", Detail).WithSummary("A run in detail: summary, laps, splits, description, digest, notes, polyline (format=text for text)");
        activities.MapGet("/{id}/streams", Streams).WithSummary("Time, distance, latlng, altitude, HR, cadence, speed... downsampled to max_points");
        activities.MapPut("/{id}/digest", SaveDigest).WithSummary("Save the run's one-line digest");
        activities.MapPost("/{id}/notes", AddNote).WithSummary("Add a coach's note to the run (kept locally)");
        activities.MapPut("/{id}/feedback", PostFeedback).WithSummary("Post coaching feedback into the Strava description (replaces our earlier block)");

        app.MapGet("/api/strava/context/runs", RunContext).WithTags("Strava context")
            .WithSummary("The tiered training overview for the coach (format=text for text), at most ~1,400 tokens");
        app.MapGet("/api/strava/digests/pending", PendingDigests).WithTags("Strava context")
            .WithSummary("Runs without a digest, newest first, each with the prompt that asks for one");
        return activities;
    }

    static async Task<Results<Ok<StravaActivityPage>, ValidationProblem>> List(
        ActivityStore store, CancellationToken cancellationToken, int page = 1, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "per_page")] int perPage = 30)
    {
        if (page < 1 || perPage is < 1 or > StravaApiClient.MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [page < 1 ? "page" : "per_page"] = [page < 1 ? "page starts at 1." : $"per_page is 1 to {StravaApiClient.MaxPageSize}."],
            });
        }

        return TypedResults.Ok(await store.PageAsync(page, perPage, cancellationToken));
    }

    static async Task<Results<Ok<IReadOnlyList<StravaActivity>>, ValidationProblem>> Range(
        string? from, string? to, ActivityStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var start = ParseDate(from, "from", errors);
        var end = ParseDate(to, "to", errors);
        if (errors.Count == 0 && end < start)
        {
            errors["to"] = ["to is before from."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await store.BetweenAsync(start, end, cancellationToken));
    }

    static async Task<Results<Ok<StravaActivity>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> GetActivity(
        string id, ActivityStore store, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        return await store.FindAsync(activityId, cancellationToken) is { } activity ? TypedResults.Ok(activity) : NotFound(activityId);
    }

    static async Task<Results<Ok<RunDetail>, ContentHttpResult, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> Detail(
        string id, string? format, ActivityStore store, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        if (await store.FindRunAsync(activityId, cancellationToken) is not { } run)
        {
            return NotFound(activityId);
        }

        var detail = RunDetailFormatter.ToDetail(run);
        return format == "text" ? TypedResults.Text(detail.Text) : TypedResults.Ok(detail);
    }

    static async Task<Results<Ok<StravaActivityStreams>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> Streams(
        string id, ActivityStore store, StreamsFetcher fetcher, CancellationToken cancellationToken,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "max_points")] int maxPoints = 500)
    {
        if (!TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        if (maxPoints is < 2 or > StravaLimits.MaxStreamPoints)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["max_points"] = [$"max_points is 2 to {StravaLimits.MaxStreamPoints}."] });
        }

        if (await store.FindAsync(activityId, cancellationToken) is null)
        {
            return NotFound(activityId);
        }

        var stored = await fetcher.ReadOrFetchAsync(activityId, StravaCallPriority.Interactive, cancellationToken);
        return TypedResults.Ok(StreamDownsampler.Downsample(activityId, stored, maxPoints));
    }

    static async Task<Results<NoContent, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> SaveDigest(
        string id, SaveDigestRequest request, DigestStore digests, IEventBus events, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        var digest = request.Digest?.Trim() ?? "";
        if (digest.Length is 0 or > DigestPromptBuilder.MaxDigestLength || digest.Contains('\n'))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["digest"] = [$"A digest is one line of 1 to {DigestPromptBuilder.MaxDigestLength} characters."],
            });
        }

        if (!await digests.SaveAsync(activityId, digest, cancellationToken))
        {
            return NotFound(activityId);
        }

        await events.PublishAsync(new StravaRunAnnotated(activityId, StravaRunAnnotated.Digest, clock.GetUtcNow()), cancellationToken);
        return TypedResults.NoContent();
    }

    static async Task<Results<Created<RunNote>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> AddNote(
        string id, AddNoteRequest request, NoteStore notes, IEventBus events, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        var text = request.Text?.Trim() ?? "";
        if (text.Length is 0 or > StravaLimits.MaxNoteLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"A note is 1 to {StravaLimits.MaxNoteLength} characters."] });
        }

        var note = new RunNote(clock.GetUtcNow(), text);
        if (!await notes.AddAsync(activityId, text, note.At, cancellationToken))
        {
            return NotFound(activityId);
        }

        await events.PublishAsync(new StravaRunAnnotated(activityId, StravaRunAnnotated.Note, note.At), cancellationToken);
        return TypedResults.Created($"/api/strava/activities/{activityId}/detail", note);
    }

    static async Task<Results<Ok<CoachingFeedbackResult>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> PostFeedback(
        string id, CoachingFeedbackRequest request, FeedbackPoster poster, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        var feedback = request.Feedback?.Trim() ?? "";
        if (feedback.Length is 0 or > StravaLimits.MaxFeedbackLength || feedback.Contains(FeedbackBlock.Marker, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["feedback"] = [$"Feedback is 1 to {StravaLimits.MaxFeedbackLength} characters, without the marker line."],
            });
        }

        return await poster.PostAsync(activityId, feedback, cancellationToken) is { } result ? TypedResults.Ok(result) : NotFound(activityId);
    }

    static async Task<Results<Ok<RunContext>, ContentHttpResult>> RunContext(string? format, CachedRunContext runContext, CancellationToken cancellationToken)
    {
        var context = await runContext.GetAsync(cancellationToken);
        return format == "text" ? TypedResults.Text(context.Text) : TypedResults.Ok(context);
    }

    static async Task<Results<Ok<PendingDigests>, ValidationProblem>> PendingDigests(
        DigestStore digests, ActivityStore store, CancellationToken cancellationToken, int limit = 10)
    {
        if (limit is < 1 or > 50)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit is 1 to 50."] });
        }

        var pending = new List<PendingDigest>();
        foreach (var activityId in await digests.RunsWithoutDigestAsync(limit, cancellationToken))
        {
            if (await store.FindRunAsync(activityId, cancellationToken) is { } run)
            {
                pending.Add(DigestPromptBuilder.Build(run));
            }
        }

        return TypedResults.Ok(new PendingDigests(pending, DigestPromptBuilder.Tags));
    }

    internal static bool TryParseId(string id, out long activityId, out ValidationProblem invalid)
    {
        invalid = TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["id"] = [$"'{(id.Length > 40 ? id[..40] + "…" : id)}' is not a Strava activity id (a positive number)."],
        });
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out activityId) && activityId > 0;
    }

    internal static DateOnly ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = [$"{field} must be a date like 2026-03-01."];
        }
        else if (date < StravaLimits.FirstDate || date > StravaLimits.LastDate)
        {
            errors[field] = [$"{field} is {value}, outside {StravaLimits.FirstDate:yyyy-MM-dd} to {StravaLimits.LastDate:yyyy-MM-dd}."];
        }

        return date;
    }

    internal static NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails> NotFound(long activityId) =>
        TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Title = "Activity not found",
            Detail = $"No synced activity has id {activityId}; list activities with GET /api/strava/activities.",
            Status = StatusCodes.Status404NotFound,
        });
}
