using System.Globalization;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Training;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Client;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;
using MCPacer.Strava.Sync;
using MCPacer.Strava.Training;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Strava.Api;

/// <summary>Training science over the synced activities: load and fitness, predictions and paces, best efforts, zones.</summary>
internal static class TrainingApi
{
    public static RouteGroupBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var training = app.MapGroup("/api/strava/training").WithTags("Training science");
        training.MapGet("/load", Load).WithSummary("Daily load, CTL, ATL, TSB, ACWR with risk over from..to (default the last 12 weeks), weekly monotony, strain and ramp flags");
        training.MapGet("/predictions", Predictions).WithSummary("VDOT from the best recent effort or race (or distance_km + time), predicted 5k to marathon with Riegel, marathon readiness, paces");
        training.MapGet("/paces", Paces).WithSummary("Daniels' training paces at a VDOT (default: the athlete's current VDOT)");
        training.MapGet("/best-efforts", BestEfforts).WithSummary("Fastest 400 m to marathon inside the runs of the last weeks (default 52), with the PR history");
        training.MapPost("/projection", Projection).WithSummary("The fitness curves (last 6 weeks + planned sessions as estimated rTSS) carried to race day: race-day form, peak fitness, weeks that ramp too fast");
        training.MapGet("/zones", Zones).WithSummary("The athlete's heart-rate and pace zones and what they are built from");

        var activities = app.MapGroup("/api/strava/activities").WithTags("Training science");
        activities.MapGet("/{id}/load", ActivityLoad).WithSummary("One activity's load (TSS units), its method and TRIMP");
        activities.MapPut("/{id}/rpe", SetSessionRpe).WithSummary("Set (1-10, Foster's CR-10) or clear (null) the runner's session RPE; answers the load computed again");
        activities.MapGet("/{id}/zones", ActivityZones).WithSummary("Time in HR and pace zones; EF and decoupling for a steady run of 40 minutes or more");
        return training;
    }

    static async Task<Results<Ok<TrainingLoadSeries>, ValidationProblem>> Load(
        string? from, string? to, TrainingLoads loads, AthleteClock athleteClock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? start = from is null ? null : StravaActivitiesApi.ParseDate(from, "from", errors);
        DateOnly? end = to is null ? null : StravaActivitiesApi.ParseDate(to, "to", errors);
        // Without to, the window runs to today: from=2000-01-01 alone is as long as with to=today.
        if (errors.Count == 0 && start is { } s && (end ?? athleteClock.Today) is var e && (e < s || e.DayNumber - s.DayNumber > StravaLimits.MaxWindowDays))
        {
            errors["to"] = [e < s ? "to is before from." : $"A window is at most {StravaLimits.MaxWindowDays} days."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await loads.SeriesAsync(start, end, cancellationToken));
    }

    static async Task<Results<Ok<RacePredictions>, ValidationProblem>> Predictions(
        RacePerformance performance, CancellationToken cancellationToken,
        [FromQuery(Name = "distance_km")] double? distanceKm = null, string? time = null)
    {
        if (distanceKm is null && time is null)
        {
            return TypedResults.Ok(await performance.PredictAsync(cancellationToken));
        }

        var errors = new Dictionary<string, string[]>();
        if (distanceKm is not (>= 1 and <= 100))
        {
            errors["distance_km"] = ["distance_km is 1 to 100, given with time (calculator mode)."];
        }

        if (!TryParseTime(time, out var seconds))
        {
            errors["time"] = ["time is h:mm:ss or mm:ss (e.g. 42:30 or 1:29:45), given with distance_km."];
        }
        else if (distanceKm is { } km && (km * 1000 / seconds is < 1.5 or > 7))
        {
            errors["time"] = [$"{time} for {km} km is not a running pace this calculator holds (1.5 to 7 m/s)."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(RacePerformance.Calculate(distanceKm!.Value * 1000, seconds,
                string.Create(CultureInfo.InvariantCulture, $"calculator: {distanceKm:0.###} km in {time}")));
    }

    static async Task<Results<Ok<TrainingPaceSet>, ValidationProblem, NotFound<ProblemDetails>>> Paces(
        RacePerformance performance, CancellationToken cancellationToken, double? vdot = null)
    {
        if (vdot is { } given)
        {
            return given is >= 20 and <= 90
                ? TypedResults.Ok(RacePerformance.Paces(given))
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["vdot"] = ["vdot is 20 to 90 (Daniels' tables run from 30 to 85)."] });
        }

        var predictions = await performance.PredictAsync(cancellationToken);
        return predictions.Paces is { } paces
            ? TypedResults.Ok(paces)
            : TypedResults.NotFound(new ProblemDetails { Title = "No current VDOT", Detail = predictions.Basis + "; give a vdot.", Status = StatusCodes.Status404NotFound });
    }

    static async Task<Results<Ok<BestEffortList>, ValidationProblem>> BestEfforts(
        RacePerformance performance, CancellationToken cancellationToken, int weeks = 52) =>
        weeks is < 1 or > 520
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["weeks"] = ["weeks is 1 to 520."] })
            : TypedResults.Ok(await performance.BestEffortsAsync(weeks, cancellationToken));

    static async Task<Results<Ok<FitnessProjection>, ValidationProblem, Conflict<ProblemDetails>>> Projection(
        ProjectionRequest request, FitnessProjector projector, AthleteClock clock, ActivityStore store, CancellationToken cancellationToken)
    {
        var (_, today) = await clock.NowAsync(store, cancellationToken);
        var errors = ProjectionErrors(request, today);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await projector.ProjectAsync(request, cancellationToken) is { } projection
            ? TypedResults.Ok(projection)
            : TypedResults.Conflict(new ProblemDetails
            {
                Title = "No threshold pace",
                Detail = "The projection estimates planned load against the athlete's threshold pace, which is neither set nor estimated yet; set threshold_pace in the athlete profile.",
                Status = StatusCodes.Status409Conflict,
            });
    }

    static async Task<Ok<ZoneReport>> Zones(AthleteProfileStore profiles, CancellationToken cancellationToken) =>
        TypedResults.Ok(ZoneAnalysis.Athlete((await profiles.GetAsync(cancellationToken)).Physiology));

    static async Task<Results<Ok<ActivityTrainingLoad>, NotFound<ProblemDetails>, ValidationProblem>> ActivityLoad(
        string id, TrainingLoads loads, CancellationToken cancellationToken)
    {
        if (!StravaActivitiesApi.TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        return await loads.ForActivityAsync(activityId, cancellationToken) is { } load ? TypedResults.Ok(load) : StravaActivitiesApi.NotFound(activityId);
    }

    static async Task<Results<Ok<ActivityTrainingLoad>, NotFound<ProblemDetails>, ValidationProblem>> SetSessionRpe(
        string id, SessionRpeUpdate update, TrainingLoadStore loadInputs, TrainingLoads loads, IEventBus events, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!StravaActivitiesApi.TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        if (update.Rpe is < StravaLimits.LowestRpe or > StravaLimits.HighestRpe)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["rpe"] = [$"rpe is Foster's CR-10 session rating, {StravaLimits.LowestRpe} to {StravaLimits.HighestRpe} (or null to clear); it was {update.Rpe}."],
            });
        }

        if (!await loadInputs.SaveSessionRpeAsync(activityId, update.Rpe, cancellationToken))
        {
            return StravaActivitiesApi.NotFound(activityId);
        }

        await events.PublishAsync(new StravaRunAnnotated(activityId, StravaRunAnnotated.Rpe, clock.GetUtcNow()), cancellationToken);
        return await loads.ForActivityAsync(activityId, cancellationToken) is { } load ? TypedResults.Ok(load) : StravaActivitiesApi.NotFound(activityId);
    }

    static async Task<Results<Ok<ZoneReport>, NotFound<ProblemDetails>, ValidationProblem>> ActivityZones(
        string id, ActivityStore store, StreamsFetcher fetcher, AthleteProfileStore profiles, CancellationToken cancellationToken)
    {
        if (!StravaActivitiesApi.TryParseId(id, out var activityId, out var invalid))
        {
            return invalid;
        }

        if (await store.FindAsync(activityId, cancellationToken) is not { } activity)
        {
            return StravaActivitiesApi.NotFound(activityId);
        }

        var stored = await fetcher.ReadOrFetchAsync(activityId, StravaCallPriority.Interactive, cancellationToken);
        var (_, physiology) = await profiles.GetAsync(cancellationToken);
        return TypedResults.Ok(ZoneAnalysis.Activity(activity, TrainingStreams.From(stored.Streams), physiology));
    }

    static Dictionary<string, string[]> ProjectionErrors(ProjectionRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.RaceDay <= today || request.RaceDay > today.AddDays(StravaLimits.MaxProjectionDays))
        {
            errors["raceDay"] = [$"raceDay is after today ({today:yyyy-MM-dd}) and at most {StravaLimits.MaxProjectionDays} days ahead."];
        }

        if (request.Sessions is null || request.Sessions.Count > StravaLimits.MaxPlannedSessions)
        {
            errors["sessions"] = [$"sessions is a list of at most {StravaLimits.MaxPlannedSessions}."];
            return errors;
        }

        var wrong = request.Sessions.Select((s, i) => (Session: s, Index: i)).FirstOrDefault(s =>
            !PlannedSessionTypes.All.Contains(s.Session.Type ?? "") || s.Session.DistanceKm is < 0 or > 400
            || s.Session.TargetPaceSecondsPerKm is < 120 or > 1200 || s.Session.DurationMinutes is < 0 or > 1440);
        if (wrong.Session is { } session)
        {
            errors[$"sessions[{wrong.Index}]"] = [$"type is one of {string.Join(", ", PlannedSessionTypes.All)}; distanceKm 0 to 400; targetPaceSecondsPerKm 120 to 1200; durationMinutes 0 to 1440 (given {session})."];
        }

        return errors;
    }

    static bool TryParseTime(string? text, out double seconds)
    {
        seconds = 0;
        var parts = text?.Trim().Split(':') ?? [];
        if (parts.Length is < 2 or > 3 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            || parts.Skip(1).Any(p => p.Length != 2 || int.Parse(p, CultureInfo.InvariantCulture) > 59))
        {
            return false;
        }

        seconds = parts.Aggregate(0.0, (total, part) => total * 60 + int.Parse(part, CultureInfo.InvariantCulture));
        return seconds > 0;
    }
}
