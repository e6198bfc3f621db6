using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Adherence;
using MCPacer.Plans.Calendar;
using MCPacer.Plans.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Api;

static class CalendarApi
{
    public static void MapCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar", GetFeed).WithSummary("The private ICS address of the active plan, for Google or Apple Calendar");
        api.MapPost("/calendar/rotate", RotateFeed).WithSummary("A new calendar address; the old one stops working");
        api.MapGet("/calendar/{token}/mcpacer.ics", GetIcs).AllowAnonymous()
            .WithSummary("The active plan as iCalendar; the token in the path is the feed's own, not the access token");
        api.MapGet("/{planId}/calendar", GetHtml).WithSummary("The plan as an HTML month calendar, completed and missed runs marked");
        api.MapGet("/{planId}/calendar.ics", GetPlanIcs).WithSummary("Any plan as iCalendar, behind the access token (the mcpacer CLI's export)");
    }

    static async Task<Ok<CalendarFeed>> GetFeed(CalendarToken token, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CalendarFeed(CalendarToken.FeedPath(await token.CurrentAsync(cancellationToken))));

    static async Task<Ok<CalendarFeed>> RotateFeed(CalendarToken token, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CalendarFeed(CalendarToken.FeedPath(await token.RotateAsync(cancellationToken))));

    static async Task<Results<ContentHttpResult, NotFound>> GetIcs(string token, CalendarToken feedToken, PlanStore store,
        ActivePlanSelector selector, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A wrong token is indistinguishable from a missing feed.
        if (!await feedToken.MatchesAsync(token, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var active = selector.Current().PlanId is { } id ? store.Find(Slug.Parse(id)) : null;
        return TypedResults.Text(IcsFeed.Write(active?.Plan, clock.GetUtcNow()), "text/calendar; charset=utf-8");
    }

    static Results<ContentHttpResult, NotFound<ProblemDetails>> GetPlanIcs(Slug planId, PlanStore store, TimeProvider clock) =>
        store.Find(planId) is { } document
            ? TypedResults.Text(IcsFeed.Write(document.Plan, clock.GetUtcNow()), "text/calendar; charset=utf-8")
            : PlanResults.PlanNotFound(planId.Value);

    static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>>> GetHtml(Slug planId, PlanStore store, AdherenceService adherence,
        AthleteClock clock, CancellationToken cancellationToken)
    {
        if (store.Find(planId) is not { } document)
        {
            return PlanResults.PlanNotFound(planId.Value);
        }

        var actuals = await adherence.TryComputeAsync(document.Plan, cancellationToken);
        return TypedResults.Text(CalendarPage.Write(document.Plan, actuals, clock.Today), "text/html; charset=utf-8");
    }
}
