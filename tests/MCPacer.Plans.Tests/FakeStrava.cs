using MCPacer.Contracts.Strava;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MCPacer.Plans.Tests;

/// <summary>
/// A stand-in for the strava service (another service, written separately): a real HTTP endpoint on loopback
/// serving GET /api/strava/activities/range from a list (in the strava service's JSON shape) and the athlete's time zone,
/// and noting what it was asked and with which token.
/// </summary>
public sealed class FakeStrava : IAsyncDisposable
{
    readonly WebApplication _app;

    FakeStrava(WebApplication app) => _app = app;

    public List<StravaActivity> Activities { get; } = [];

    /// <summary>The athlete's time zone as the strava service would report it (null: nothing synced yet).</summary>
    public string? TimeZone { get; set; }
    public List<string> Requests { get; } = [];
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
        await app.StartAsync();
        return fake;
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
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Strava.DisposeAsync();
    }
}
