using MCPacer.Coach.Sessions;
using MCPacer.Contracts.Coach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>Session logs: save at the end of a session, read the recent ones (distilling older ones), read any by date.</summary>
internal static class SessionLogsApi
{
    public static RouteGroupBuilder MapSessionLogsApi(this RouteGroupBuilder coach)
    {
        var api = coach.MapGroup("/sessions").WithTags("Session logs");
        api.MapPost("/", SaveLog).WithSummary("Saves a session summary (a second save the same day appends)");
        api.MapGet("/", RecentLogs)
            .WithSummary("The last N logs (default 3, at most 5), newest first; older ones are distilled into Session History and archived");
        api.MapGet("/archive", ArchivedDates).WithSummary("Dates of the archived logs, newest first");
        api.MapGet("/archive/{date}", GetArchivedLog).WithSummary("An archived log by date (yyyy-MM-dd)");
        api.MapGet("/{date}", GetLog).WithSummary("A log by date (yyyy-MM-dd), live or archived");
        return api;
    }

    static async Task<Results<Created<SessionLog>, ValidationProblem>> SaveLog(
        SaveSessionLogRequest request, SessionLogStore store, CancellationToken ct)
    {
        if (Problems.CheckContent("summary", request.Summary, allowEmpty: false) is { } invalid)
        {
            return invalid;
        }

        if (request.Date is { } date && (date < CoachLimits.FirstSessionDate || date > store.Today))
        {
            return Problems.Invalid("date", $"A session log's date is from {SessionDate.Text(CoachLimits.FirstSessionDate)} to today ({SessionDate.Text(store.Today)}); it was {SessionDate.Text(date)}.");
        }

        var log = await store.SaveAsync(request.Date ?? store.Today, request.Summary, ct);
        return TypedResults.Created($"/api/coach/sessions/{SessionDate.Text(log.Date)}", log);
    }

    static async Task<Results<Ok<SessionLogs>, ValidationProblem>> RecentLogs(
        SessionLogStore store, CancellationToken ct, [FromQuery] int count = CoachLimits.DefaultRecentLogs)
    {
        if (count is < 1 or > CoachLimits.MaxRecentLogs)
        {
            return Problems.Invalid("count", $"count must be between 1 and {CoachLimits.MaxRecentLogs}; it was {count}.");
        }

        return TypedResults.Ok(await store.ReadRecentAsync(count, ct));
    }

    static Ok<IReadOnlyList<DateOnly>> ArchivedDates(SessionLogStore store) => TypedResults.Ok(store.ArchivedDates());

    static async Task<Results<Ok<SessionLog>, ValidationProblem, NotFound<ProblemDetails>>> GetLog(
        string date, SessionLogStore store, CancellationToken ct)
    {
        if (!SessionDate.TryParse(date, out var day))
        {
            return InvalidDate(date);
        }

        return await store.GetAsync(day, ct) is { } log ? TypedResults.Ok(log) : Problems.NotFound($"No session log for {date}.");
    }

    static async Task<Results<Ok<SessionLog>, ValidationProblem, NotFound<ProblemDetails>>> GetArchivedLog(
        string date, SessionLogStore store, CancellationToken ct)
    {
        if (!SessionDate.TryParse(date, out var day))
        {
            return InvalidDate(date);
        }

        return await store.GetArchivedAsync(day, ct) is { } log
            ? TypedResults.Ok(log)
            : Problems.NotFound($"No archived session log for {date}.");
    }

    static ValidationProblem InvalidDate(string date) =>
        Problems.Invalid("date", $"'{date}' is not a session date; use yyyy-MM-dd, e.g. 2026-11-25.");
}
