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

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
