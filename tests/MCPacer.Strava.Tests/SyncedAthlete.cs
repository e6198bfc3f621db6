using System.Net.Http.Json;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

/// <summary>The demo athlete's marathon build, connected and synced once for a test class.</summary>
public sealed class SyncedAthlete(RedisServer redis) : IAsyncLifetime
{
    public StandIn StandIn { get; } = new() { Settings = { ["StandIn:TimeScale"] = "900" } };

    public StravaHost Service { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Service = new StravaHost(StandIn, redis) { TimeScale = 900 };
        await Service.ConnectDemoAsync();
        await Service.SyncAsync(TimeSpan.FromSeconds(40));
    }

    /// <summary>
    /// Uploads a steady run to the stand-in that ended ten minutes ago, with time and distance streams and a heart rate
    /// stream when <paramref name="heartRate"/> (of the second) is given; the next sync brings it in.
    /// </summary>
    public async Task UploadSteadyRunAsync(string name, int seconds, double metersPerSecond, Func<int, int>? heartRate = null)
    {
        var samples = Enumerable.Range(0, seconds + 1).ToArray();
        var streams = new Dictionary<string, object>
        {
            ["time"] = samples,
            ["distance"] = samples.Select(t => t * metersPerSecond).ToArray(),
        };
        if (heartRate is not null)
        {
            streams["heartrate"] = samples.Select(heartRate).ToArray();
        }

        var upload = new { name, sport_type = "Run", start_date = DateTimeOffset.UtcNow.AddSeconds(-seconds - 600), streams };
        (await StandIn.CreateClient().PostAsJsonAsync("/_standin/activities", upload, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
