using System.Text.Json.Nodes;
using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Athlete;
using MCPacer.StravaStandIn.OAuth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.StravaStandIn.Api;

/// <summary>Strava API v3 under /api/v3: the authenticated athlete and their activities.</summary>
internal static class StravaApiEndpoints
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 200;

    public static RouteGroupBuilder MapStravaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v3").WithTags("Strava API v3").RequireStravaScope(StravaScopeRequirement.AnyToken);

        api.MapGet("/athlete", GetAthlete)
            .RequireStravaScope(StravaScopeRequirement.ReadProfile)
            .WithSummary("The athlete the token belongs to (DetailedAthlete)");
        api.MapGet("/athletes/{id:long}/stats", GetAthleteStats)
            .RequireStravaScope(StravaScopeRequirement.ReadProfile)
            .WithSummary("Totals of the authenticated athlete's public activities: last four weeks, year to date, all time");
        api.MapGet("/athlete/activities", ListActivities)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("Activities newest first; before/after (epoch seconds), page, per_page (1-200, default 30)");
        api.MapPost("/activities", CreateActivity)
            .DisableAntiforgery()
            .RequireStravaScope(StravaScopeRequirement.WriteActivities)
            .WithSummary("A manual activity (form or JSON: name, sport_type, start_date_local, elapsed_time, ...; needs activity:write)");
        api.MapGet("/activities/{id:long}", GetActivity)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("One activity with description, laps and splits_metric");
        api.MapGet("/activities/{id:long}/laps", GetLaps)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("The laps of an activity");
        api.MapGet("/activities/{id:long}/zones", GetZones)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("Time in heart-rate, pace and power zones");
        api.MapGet("/activities/{id:long}/streams", GetStreams)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("The streams of keys= the activity has (distance always), keyed by type with key_by_type=true, else a list");
        api.MapGet("/activities/{id:long}/streams/{types}", GetStreamsByPath)
            .RequireStravaScope(StravaScopeRequirement.ReadActivities)
            .WithSummary("The older form: the stream types comma-separated in the path");
        api.MapPut("/activities/{id:long}", UpdateActivity)
            .DisableAntiforgery()
            .RequireStravaScope(StravaScopeRequirement.WriteActivities)
            .WithSummary("Changes name, description, sport_type, ... (form or JSON; needs activity:write)");
        return api;
    }

    static Ok<DetailedAthlete> GetAthlete(AthleteGenerator athlete) => TypedResults.Ok(athlete.Athlete);

    static Results<Ok<ActivityStats>, JsonHttpResult<Fault>> GetAthleteStats(long id, Grant grant, ActivityCatalog catalog) =>
        id == grant.AthleteId ? TypedResults.Ok(catalog.Stats()) : StravaFaults.Forbidden("Athlete", "id");

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

    static Results<Ok<IReadOnlyList<ActivityZone>>, JsonHttpResult<Fault>> GetZones(long id, Grant grant, ActivityCatalog catalog) =>
        OkOrNotFound(catalog.Zones(id, grant.ReadsPrivateActivities));

    static Results<Ok<StreamSet>, Ok<JsonArray>, JsonHttpResult<Fault>> GetStreams(
        long id, Grant grant, ActivityCatalog catalog, string? keys, [FromQuery(Name = "key_by_type")] string? keyByType) =>
        Streams(id, keys, keyByType, grant, catalog);

    static Results<Ok<StreamSet>, Ok<JsonArray>, JsonHttpResult<Fault>> GetStreamsByPath(
        long id, string types, Grant grant, ActivityCatalog catalog, [FromQuery(Name = "key_by_type")] string? keyByType) =>
        Streams(id, types, keyByType, grant, catalog);

    /// <summary>
    /// As Strava: unknown types are ignored, types the activity lacks left out, distance always sent; a manual
    /// activity has no streams (404 "Resource Not Found").
    /// </summary>
    static Results<Ok<StreamSet>, Ok<JsonArray>, JsonHttpResult<Fault>> Streams(long id, string? types, string? keyByType, Grant grant, ActivityCatalog catalog)
    {
        if (!RequestBody.TryParseBoolean(keyByType, out var keyed))
        {
            return StravaFaults.BadRequest("Stream", "key_by_type");
        }

        var requested = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(StreamKeys.All.Contains)
            .Append(StreamSet.Distance)
            .ToHashSet();
        return catalog.Streams(id, requested, grant.ReadsPrivateActivities) switch
        {
            (false, _) => StravaFaults.NotFound("Activity"),
            (_, null) => StravaFaults.ResourceNotFound(),
            (_, { } streams) when keyed == true => TypedResults.Ok(streams),
            (_, { } streams) => TypedResults.Ok(StreamList.From(streams)),
        };
    }

    static async Task<Results<Ok<DetailedActivity>, JsonHttpResult<Fault>>> UpdateActivity(
        long id, HttpRequest request, Grant grant, ActivityCatalog catalog, CancellationToken cancellationToken)
    {
        var (changes, fault) = await RequestBody.ReadAsync(request, cancellationToken) is { } form
            ? ActivityForm.Changes(form)
            : (null, StravaFaults.BadRequest("Activity", "body"));
        return changes is null ? fault! : OkOrNotFound(catalog.Update(id, changes, grant.ReadsPrivateActivities));
    }

    static async Task<Results<Created<DetailedActivity>, JsonHttpResult<Fault>>> CreateActivity(
        HttpRequest request, ActivityCatalog catalog, AthleteGenerator athlete, CancellationToken cancellationToken)
    {
        var (manual, fault) = await RequestBody.ReadAsync(request, cancellationToken) is { } form
            ? ActivityForm.Manual(form, athlete.TimeZone)
            : (null, StravaFaults.BadRequest("Activity", "body"));
        if (manual is null)
        {
            return fault!;
        }

        // Strava answers 201 without a Location header.
        return TypedResults.Created((string?)null, catalog.Add(manual.Schedule(), manual.StartUtc, manual.Distance, manual.ElapsedTime, recording: null));
    }

    /// <summary>An activity that does not exist, was deleted or is private to this token: Strava's 404, the same for all three.</summary>
    static Results<Ok<T>, JsonHttpResult<Fault>> OkOrNotFound<T>(T? found) where T : class =>
        found is not null ? TypedResults.Ok(found) : StravaFaults.NotFound("Activity");
}
