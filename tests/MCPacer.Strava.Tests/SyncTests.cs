using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

public sealed class SyncTests(RedisServer redis) : IAsyncDisposable
{
    const string ListEndpoint = "GET /api/v3/athlete/activities";
    const string DetailEndpoint = "GET /api/v3/activities/{id:long}";

    readonly List<IAsyncDisposable> _owned = [];

    [Fact]
    public async Task A_three_year_backfill_in_scaled_time_stores_every_activity_without_a_single_429()
    {
        const double scale = 7200;
        var standIn = Own(new StandIn { Settings = { ["StandIn:HistoryDays"] = "1095", ["StandIn:TimeScale"] = $"{scale}" } });
        var service = Own(new StravaService(standIn, redis) { StravaClock = new ScaledTimeProvider(scale) });
        await service.ConnectDemoAsync();

        var progress = await service.SyncAsync(TimeSpan.FromSeconds(60));

        var stats = await standIn.StatsAsync();
        Assert.Equal(SyncPhases.Idle, progress.Phase);
        Assert.Equal(0, stats.RateLimited);
        var page = (await service.CreateAuthorizedClient().GetFromJsonAsync<StravaActivityPage>(
            "/api/strava/activities?per_page=1", TestContext.Current.CancellationToken))!;
        Assert.Equal(standIn.ActivityCount(), page.Total);
        Assert.Equal(page.Total, stats.ByEndpoint.GetValueOrDefault(DetailEndpoint));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }
    }

    T Own<T>(T disposable) where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
