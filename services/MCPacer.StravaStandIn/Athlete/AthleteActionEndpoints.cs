using MCPacer.Contracts.StravaApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Not Strava's API: what the athlete does on strava.com (edit an activity, delete one) and what their watch
/// uploads, for tests and demos. No token, and no rate limit: these are the athlete's doings, not an application's requests.
/// </summary>
internal static class AthleteActionEndpoints
{
    public static RouteGroupBuilder MapAthleteActions(this IEndpointRouteBuilder app)
    {
        var athlete = app.MapGroup("/_standin/activities").WithTags("Stand-in");
        athlete.MapPost("/", Upload).DisableAntiforgery()
            .WithSummary("The runner's watch uploads an activity: name, sport_type, start_date, figures and streams {time, heartrate, ...}");
        athlete.MapPut("/{id:long}", Edit).DisableAntiforgery()
            .WithSummary("The athlete edits the activity on strava.com (name, description, sport_type, ...)");
        athlete.MapDelete("/{id:long}", Delete).WithSummary("The athlete deletes the activity on strava.com");
        return athlete;
    }

    static Results<Created<DetailedActivity>, ValidationProblem> Upload(WatchUpload upload, ActivityCatalog catalog, AthleteGenerator athlete)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(upload.SportType))
        {
            errors["sport_type"] = ["The sport_type is required (Run, Ride, ...)."];
        }

        if (upload.StartDate is null)
        {
            errors["start_date"] = ["The start_date (UTC, ISO 8601) is required."];
        }

        var (recording, fault) = upload.Streams is { } streams ? streams.ToRecording(upload.LapEndIndices) : (null, null);
        if (recording is null)
        {
            errors[$"streams.{fault ?? StreamSet.Time}"] = ["The streams need time (two samples or more), and every other stream as many samples as time."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var startUtc = upload.StartDate!.Value.ToUniversalTime();
        var startLocal = TimeZoneInfo.ConvertTime(startUtc, athlete.TimeZone).DateTime;
        var meters = upload.Distance ?? recording!.Distance[^1];
        var scheduled = ActivityCatalog.Scheduled(startLocal, upload.SportType!, upload.WorkoutType, meters) with
        {
            Name = upload.Name,
            Description = upload.Description,
            Trainer = upload.Trainer,
            Commute = upload.Commute,
            Private = upload.Private,
        };
        var seconds = upload.ElapsedTime ?? recording!.Time[^1] - recording.Time[0];
        var added = catalog.Add(scheduled, startUtc, meters, seconds, recording, upload);
        return TypedResults.Created($"/api/v3/activities/{added.Id}", added);
    }

    static Results<Ok<DetailedActivity>, NotFound> Edit(long id, UpdatableActivity changes, ActivityCatalog catalog) =>
        catalog.Update(id, changes, includePrivate: true) is { } activity ? TypedResults.Ok(activity) : TypedResults.NotFound();

    static Results<NoContent, NotFound> Delete(long id, ActivityCatalog catalog) =>
        catalog.Delete(id) ? TypedResults.NoContent() : TypedResults.NotFound();
}
