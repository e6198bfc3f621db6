using MCPacer.Contracts.StravaApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Not Strava's API: what the athlete does on strava.com (edit an activity, delete one), for tests and demos.
/// No token, and no rate limit: these are the athlete's clicks, not an application's requests.
/// </summary>
public static class AthleteActionEndpoints
{
    public static RouteGroupBuilder MapAthleteActions(this IEndpointRouteBuilder app)
    {
        var athlete = app.MapGroup("/_standin/activities").WithTags("Stand-in");
        athlete.MapPut("/{id:long}", Edit).DisableAntiforgery()
            .WithSummary("The athlete edits the activity on strava.com (name, description, sport_type, ...)");
        athlete.MapDelete("/{id:long}", Delete).WithSummary("The athlete deletes the activity on strava.com");
        return athlete;
    }

    static Results<Ok<DetailedActivity>, NotFound> Edit(long id, UpdatableActivity changes, ActivityCatalog catalog) =>
        catalog.Update(id, changes, includePrivate: true) is { } activity ? TypedResults.Ok(activity) : TypedResults.NotFound();

    static Results<NoContent, NotFound> Delete(long id, ActivityCatalog catalog) =>
        catalog.Delete(id) ? TypedResults.NoContent() : TypedResults.NotFound();
}
