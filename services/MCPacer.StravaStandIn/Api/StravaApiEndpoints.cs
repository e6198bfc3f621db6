using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Athlete;
using MCPacer.StravaStandIn.OAuth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.StravaStandIn.Api;

/// <summary>Strava API v3 under /api/v3: the authenticated athlete and their activities.</summary>
public static class StravaApiEndpoints
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 200;

    public static RouteGroupBuilder MapStravaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v3").WithTags("Strava API v3").RequireStravaScope(StravaScopeRequirement.AnyToken);

        api.MapGet("/athlete", GetAthlete)
            .RequireStravaScope(StravaScopeRequirement.ReadProfile)
            .WithSummary("The athlete the token belongs to");
        api.MapGet("/athlete/activities", ListActivities)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("Activities newest first; before/after (epoch seconds), page, per_page (1-200, default 30)");
        api.MapGet("/activities/{id:long}", GetActivity)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("One activity with description, laps and splits_metric");
        api.MapGet("/activities/{id:long}/laps", GetLaps)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("The laps of an activity");
        api.MapGet("/activities/{id:long}/streams", GetStreams)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("Streams keyed by type: time, distance, latlng, altitude, heartrate, cadence, velocity_smooth, moving, grade_smooth");
        api.MapPut("/activities/{id:long}", UpdateActivity)
            .RequireStravaScope(StravaScopeRequirement.WriteActivities)
            .WithSummary("Changes name, description, sport_type, ... (needs activity:write)");
        return api;
    }

    static Ok<SummaryAthlete> GetAthlete(AthleteGenerator athlete) => TypedResults.Ok(athlete.Athlete);

    static Results<Ok<IReadOnlyList<SummaryActivity>>, JsonHttpResult<Fault>> ListActivities(
        Grant grant, ActivityCatalog catalog, long? before, long? after, int? page, [FromQuery(Name = "per_page")] int? perPageParameter)
    {
        var (pageNumber, perPage) = (page ?? 1, perPageParameter ?? DefaultPerPage);
        if (pageNumber < 1)
        {
            return StravaFaults.BadRequest("Activity", "page");
        }

        if (perPage is < 1 or > MaxPerPage)
        {
            return StravaFaults.BadRequest("Activity", "per_page");
        }

        if (!IsEpochSeconds(before))
        {
            return StravaFaults.BadRequest("Activity", "before");
        }

        if (!IsEpochSeconds(after))
        {
            return StravaFaults.BadRequest("Activity", "after");
        }

        return TypedResults.Ok(catalog.List(
            before is { } b ? DateTimeOffset.FromUnixTimeSeconds(b) : null,
            after is { } a ? DateTimeOffset.FromUnixTimeSeconds(a) : null,
            pageNumber,
            perPage,
            grant.ReadsPrivateActivities));
    }

    static bool IsEpochSeconds(long? value) =>
        value is null || (value >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && value <= DateTimeOffset.MaxValue.ToUnixTimeSeconds());

    static Results<Ok<DetailedActivity>, JsonHttpResult<Fault>> GetActivity(long id, Grant grant, ActivityCatalog catalog) =>
        OkOrNotFound(catalog.Find(id, grant.ReadsPrivateActivities));

    static Results<Ok<IReadOnlyList<Lap>>, JsonHttpResult<Fault>> GetLaps(long id, Grant grant, ActivityCatalog catalog) =>
        OkOrNotFound(catalog.Find(id, grant.ReadsPrivateActivities)?.Laps);

    static Results<Ok<StreamSet>, JsonHttpResult<Fault>> GetStreams(
        long id, Grant grant, ActivityCatalog catalog, string? keys, [FromQuery(Name = "key_by_type")] bool? keyByType)
    {
        if (keyByType != true)
        {
            return StravaFaults.BadRequest("Stream", "key_by_type");
        }

        var requested = (keys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (requested.Length == 0 || !requested.All(StreamKeys.All.Contains))
        {
            return StravaFaults.BadRequest("Stream", "keys");
        }

        // Strava always sends the distance stream, the series the others are indexed by.
        var withDistance = new HashSet<string>(requested) { StreamSet.Distance };
        return OkOrNotFound(catalog.Streams(id, withDistance, grant.ReadsPrivateActivities));
    }

    static Results<Ok<DetailedActivity>, JsonHttpResult<Fault>> UpdateActivity(
        long id, UpdatableActivity changes, Grant grant, ActivityCatalog catalog) =>
        OkOrNotFound(catalog.Update(id, changes, grant.ReadsPrivateActivities));

    /// <summary>An activity that does not exist, was deleted or is private to this token: Strava's 404, the same for all three.</summary>
    static Results<Ok<T>, JsonHttpResult<Fault>> OkOrNotFound<T>(T? found) where T : class =>
        found is not null ? TypedResults.Ok(found) : StravaFaults.NotFound("Activity");
}
