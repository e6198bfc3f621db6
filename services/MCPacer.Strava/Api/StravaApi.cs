using MCPacer.Contracts.Strava;
using MCPacer.ServiceDefaults;
using MCPacer.Strava.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Strava.Api;

internal static class StravaApi
{
    public static RouteGroupBuilder MapStravaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/strava").WithTags("Strava");
        api.MapServiceStatus("");
        app.MapGet(AthleteTimeZone.Path, TimeZone).WithTags("Strava")
            .WithSummary("The athlete's time zone as Strava knows it (their latest activity's): the other services count dates in it");
        return api;
    }

    static async Task<Ok<AthleteTimeZone>> TimeZone(ActivityStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new AthleteTimeZone(await store.LatestTimeZoneAsync(cancellationToken)));
}
