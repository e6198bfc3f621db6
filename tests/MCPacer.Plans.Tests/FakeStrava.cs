using System.Globalization;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MCPacer.Plans.Tests;

/// <summary>
/// A stand-in for the strava service (another service, written separately): a real HTTP endpoint on loopback
/// serving GET /api/strava/activities/range from a list (in the strava service's JSON shape), the athlete's time zone,
/// training paces and a projection that flags every week planned over <see cref="TooFastKm"/>, noting what it was asked.
/// </summary>
public sealed class FakeStrava : IAsyncDisposable
{
    readonly WebApplication _app;

    FakeStrava(WebApplication app) => _app = app;

    public List<StravaActivity> Activities { get; } = [];

    /// <summary>The athlete's time zone as the strava service would report it (null: nothing synced yet).</summary>
    public string? TimeZone { get; set; }
    public List<string> Requests { get; } = [];

    /// <summary>The current VDOT paces; null answers 404 "No current VDOT" as the strava service does.</summary>
    public TrainingPaceSet? Paces { get; set; }

    /// <summary>The projection requests received.</summary>
    public List<ProjectionRequest> Projections { get; } = [];

    /// <summary>The fake projection flags a week whose sessions add up to more than this many km.</summary>
    public double TooFastKm { get; set; } = double.MaxValue;
    public string Url => _app.Urls.First();

    public static async Task<FakeStrava> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeStrava(app);
        app.MapGet("/api/strava/activities/range", (HttpRequest request) =>
        {
            lock (fake.Requests)
            {
                fake.Requests.Add($"{request.Headers.Authorization} {request.QueryString}");
            }

            return fake.Activities;
        });
        app.MapGet(AthleteTimeZone.Path, () => new AthleteTimeZone(fake.TimeZone));
        app.MapGet("/api/strava/training/paces", () => fake.Paces is { } paces
            ? Results.Ok(paces)
            : Results.Problem(title: "No current VDOT", detail: "no race or best effort in the last 12 weeks", statusCode: 404));
        app.MapPost("/api/strava/training/projection", (ProjectionRequest request) =>
        {
            lock (fake.Projections)
            {
                fake.Projections.Add(request);
            }

            return fake.Project(request);
        });
        await app.StartAsync();
        return fake;
    }

    /// <summary>Weeks from the sessions' km (load 6 a km), fitness a tenth of all km, form 10 less a fifth of the race week's km.</summary>
    FitnessProjection Project(ProjectionRequest request)
    {
        var weeks = request.Sessions.GroupBy(s => s.Date.AddDays(-(((int)s.Date.DayOfWeek + 6) % 7))).OrderBy(g => g.Key).Select(g =>
        {
            var km = g.Sum(s => s.DistanceKm);
            string[] flags = km > TooFastKm
                ? [string.Create(CultureInfo.InvariantCulture, $"distance +{(km / TooFastKm - 1) * 100:0} % over the mean of the 3 weeks before ({km:0.#} against {TooFastKm:0.#})")]
                : [];
            return new ProjectedWeek(g.Key, null, km * 6, km, g.Max(s => s.DistanceKm), flags);
        }).ToList();
        var total = request.Sessions.Sum(s => s.DistanceKm);
        var raceWeek = request.Sessions.Where(s => s.Date > request.RaceDay.AddDays(-7)).Sum(s => s.DistanceKm);
        return new FitnessProjection(request.PlanId ?? "", request.RaceDay, [], 10 - raceWeek / 5, total / 10, total / 10, request.RaceDay.AddDays(-1),
            weeks, [.. weeks.Where(w => w.Flags.Count > 0)], $"fake projection of {request.Sessions.Count} sessions", "fake");
    }

    public static StravaActivity Run(long id, DateTime start, double km, string pace, string sport = "Run") =>
        Activity(id, $"Run {id}", sport, start, km, (int)(km * Seconds(pace)), 145);

    /// <summary>An activity as the strava service lists it, with the fields adherence does not read left plain.</summary>
    public static StravaActivity Activity(long id, string name, string sport, DateTime startLocal, double km, int movingSeconds, double? heartrate) =>
        new(id, name, sport, SportFamilies.Running, Treadmill: false, new DateTimeOffset(startLocal, TimeSpan.Zero), startLocal,
            DateOnly.FromDateTime(startLocal), TimeZone: null, km, movingSeconds, movingSeconds, Pace: null, ElevationGainM: 0,
            heartrate, MaxHeartrate: null, AverageCadence: null, WorkoutType: null, HasDetail: false, HasStreams: false, Digest: null);

    static int Seconds(string pace) => int.Parse(pace.Split(':')[0]) * 60 + int.Parse(pace.Split(':')[1]);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>A plans host wired to a <see cref="FakeStrava"/>, shared by a test class.</summary>
public sealed class PlansWithStrava : IAsyncLifetime
{
    public PlansHost Host { get; } = new();
    public FakeStrava Strava { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Strava = await FakeStrava.StartAsync();
        Host.Settings["services:strava:http:0"] = Strava.Url;
    }

    /// <summary>An empty plans folder and no activities or requests seen.</summary>
    public PlansWithStrava Reset()
    {
        Host.Reset();
        Strava.Activities.Clear();
        Strava.Requests.Clear();
        Strava.Projections.Clear();
        Strava.Paces = null;
        Strava.TooFastKm = double.MaxValue;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Strava.DisposeAsync();
    }
}
