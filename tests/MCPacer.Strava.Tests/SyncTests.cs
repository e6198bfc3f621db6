using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

public sealed class SyncTests(RedisServer redis) : IAsyncDisposable
{
    const string ListEndpoint = "GET /api/v3/athlete/activities";
    const string DetailEndpoint = "GET /api/v3/activities/{id:long}";

    readonly List<IAsyncDisposable> _owned = [];

    /// <summary>
    /// 784 activities need about 880 reads: nine 15-minute windows and nearly a whole day's reads, here in ten
    /// seconds of scaled time (a window lasts 0.1 s, a day 9.6 s).
    /// </summary>
    [Fact]
    public async Task Three_years_of_backfill_under_the_real_limits_in_scaled_time_store_every_activity_without_a_single_429()
    {
        const double scale = 9000;
        var standIn = Own(new StandIn { Settings = { ["StandIn:HistoryDays"] = "1095", ["StandIn:TimeScale"] = $"{scale}" } });
        var service = Own(new StravaHost(standIn, redis) { TimeScale = scale });
        await service.ConnectDemoAsync();
        var published = await RedisListener.FirstAsync<StravaSyncProgressed>(redis, e => e.Progress.Phase == SyncPhases.Details);

        var timer = System.Diagnostics.Stopwatch.StartNew();
        (await service.CreateAuthorizedClient().PostAsync("/api/strava/sync", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await service.WaitForSyncAsync(p => p.Phase is SyncPhases.Details or SyncPhases.Streams or SyncPhases.Idle && p.Activities > 0,
            TimeSpan.FromSeconds(30));
        var summariesAfter = timer.Elapsed;
        var progress = await service.WaitForSyncAsync(p => p.Phase is SyncPhases.Idle or SyncPhases.Failed && p.LastCompletedAt is not null,
            TimeSpan.FromSeconds(120));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"backfill: {progress.Activities} activities; summaries usable after {summariesAfter.TotalSeconds:0.0} s, all done after {timer.Elapsed.TotalSeconds:0.0} s");

        var stats = await standIn.StatsAsync();
        Assert.Equal(SyncPhases.Idle, progress.Phase);
        Assert.Equal(0, stats.RateLimited);
        var page = (await service.CreateAuthorizedClient().GetFromJsonAsync<StravaActivityPage>(
            "/api/strava/activities?per_page=1", TestContext.Current.CancellationToken))!;
        Assert.Equal(standIn.ActivityCount(), page.Total);
        Assert.Equal(page.Total, stats.ByEndpoint.GetValueOrDefault(DetailEndpoint));
        Assert.True((await published.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Progress.Total > 0);
    }

    [Fact]
    public async Task Strava_5xx_answers_are_retried_and_every_activity_still_arrives()
    {
        var standIn = Own(new StandIn { Settings = { ["StandIn:ServerErrorRate"] = "0.1", ["StandIn:TimeScale"] = "900" } });
        var service = Own(new StravaHost(standIn, redis) { TimeScale = 900, Settings = { ["Strava:StreamWeeks"] = "0" } });
        await service.ConnectDemoAsync();

        var progress = await service.SyncAsync(TimeSpan.FromSeconds(60));

        var stats = await standIn.StatsAsync();
        Assert.Equal(SyncPhases.Idle, progress.Phase);
        Assert.True(stats.ServerErrors > 0);
        Assert.Equal(standIn.ActivityCount(), progress.Activities);
        var page = (await service.CreateAuthorizedClient().GetFromJsonAsync<StravaActivityPage>(
            "/api/strava/activities?per_page=200", TestContext.Current.CancellationToken))!;
        Assert.All(page.Items, a => Assert.True(a.HasDetail));
    }

    [Fact]
    public async Task A_sync_cut_short_resumes_where_it_stopped_after_a_restart()
    {
        var data = new TempDirectory();
        var standIn = Own(new StandIn { Settings = { ["StandIn:TimeScale"] = "900", ["StandIn:AddedLatency"] = "00:00:00.020" } });
        var first = new StravaHost(standIn, redis) { SharedDataDir = data.Path, TimeScale = 900 };
        await first.ConnectDemoAsync();
        (await first.CreateAuthorizedClient().PostAsync("/api/strava/sync", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await first.WaitForSyncAsync(p => p.Phase == SyncPhases.Details && p.Done >= 10, TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        var detailsBefore = (await standIn.StatsAsync()).ByEndpoint.GetValueOrDefault(DetailEndpoint);

        var second = Own(new StravaHost(standIn, redis)
        {
            SharedDataDir = data.Path, TimeScale = 900, Settings = { ["Strava:AutoSync"] = "true" },
        });
        var progress = await second.WaitForSyncAsync(p => p.Phase == SyncPhases.Idle && p.LastCompletedAt is not null, TimeSpan.FromSeconds(40));

        var stats = await standIn.StatsAsync();
        Assert.Equal(1, stats.ByEndpoint.GetValueOrDefault(ListEndpoint));
        Assert.Equal(standIn.ActivityCount(), progress.Activities);
        // Each detail is fetched once; at most the one in flight when the service stopped is fetched again.
        Assert.InRange(stats.ByEndpoint.GetValueOrDefault(DetailEndpoint), progress.Activities, progress.Activities + 1);
        Assert.True(detailsBefore >= 10);
        data.Dispose();
    }

    [Fact]
    public async Task A_429_from_a_window_spent_elsewhere_waits_for_the_next_window_once()
    {
        const double scale = 90;
        var standIn = Own(new StandIn { Settings = { ["StandIn:TimeScale"] = $"{scale}" } });
        var service = Own(new StravaHost(standIn, redis) { TimeScale = scale, Settings = { ["Strava:StreamWeeks"] = "0" } });
        await service.ConnectDemoAsync();
        await SpendReadWindowAsync(standIn, service);
        var refusedBefore = (await standIn.StatsAsync()).RateLimited;

        var progress = await service.SyncAsync(TimeSpan.FromSeconds(40));

        var stats = await standIn.StatsAsync();
        Assert.Equal(SyncPhases.Idle, progress.Phase);
        Assert.Equal(standIn.ActivityCount(), progress.Activities);
        Assert.Equal(refusedBefore + 1, stats.RateLimited);
    }

    /// <summary>Another client of the same Strava app spends this window's reads, with time left in it.</summary>
    static async Task SpendReadWindowAsync(StandIn standIn, StravaHost service)
    {
        var tokens = await File.ReadAllTextAsync(Path.Combine(service.StravaDirectory, "tokens.json"), TestContext.Current.CancellationToken);
        var strava = standIn.CreateClient();
        strava.DefaultRequestHeaders.Authorization = new("Bearer",
            System.Text.Json.JsonDocument.Parse(tokens).RootElement.GetProperty("accessToken").GetString());
        while (true)
        {
            var usage = (await standIn.StatsAsync()).Usage;
            if (usage.WindowEndsAt - DateTimeOffset.UtcNow < TimeSpan.FromSeconds(5))
            {
                await Task.Delay(usage.WindowEndsAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
                continue;
            }

            var responses = await Task.WhenAll(Enumerable.Range(0, 100 - usage.ReadFifteenMinute)
                .Select(_ => strava.GetAsync("/api/v3/athlete", TestContext.Current.CancellationToken)));
            var after = (await standIn.StatsAsync()).Usage;
            if (after.ReadFifteenMinute >= 100 && after.WindowEndsAt == usage.WindowEndsAt && responses.All(r => r.StatusCode == HttpStatusCode.OK))
            {
                return;
            }
        }
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
