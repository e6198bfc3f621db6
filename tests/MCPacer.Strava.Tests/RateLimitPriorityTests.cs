using System.Net;
using System.Net.Http.Json;
using MCPacer.Clients;
using MCPacer.Contracts.Strava;
using MCPacer.Strava.Api;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;

namespace MCPacer.Strava.Tests;

/// <summary>
/// The runner's requests go before the background sync: a year of backfill in 30-second windows spends each
/// window down to the runner's reserve and waits, while opening an old run and posting feedback go through.
/// </summary>
public sealed class RateLimitPriorityTests(RedisServer redis) : IAsyncDisposable
{
    const double Scale = 30;

    readonly List<IAsyncDisposable> _owned = [];

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task While_the_sync_waits_for_the_next_window_opening_an_old_run_and_posting_feedback_go_through_at_once()
    {
        var (standIn, service) = Start(reserve: 10);
        var client = service.CreateAuthorizedClient();
        var waiting = await SyncWaitingForTheNextWindowAsync(service, TimeSpan.FromSeconds(8));
        var oldest = await OldestRunAsync(client);

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var streams = await client.GetAsync($"/api/strava/activities/{oldest}/streams?max_points=50", Cancel);
        var feedback = await client.PutAsJsonAsync($"/api/strava/activities/{oldest}/feedback",
            new CoachingFeedbackRequest("Steady and relaxed, as planned."), Cancel);
        var took = timer.Elapsed;

        var progress = await client.GetFromJsonAsync<StravaSyncProgress>("/api/strava/sync", Cancel);
        Assert.Equal(HttpStatusCode.OK, streams.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        Assert.True(took < TimeSpan.FromSeconds(5), $"the runner's requests took {took}");
        Assert.Equal(waiting, progress!.NextWindowAt);
        Assert.Equal(0, (await standIn.StatsAsync()).RateLimited);
    }

    [Fact]
    public async Task When_the_runner_has_spent_the_reserve_too_the_run_answers_503_with_the_time_the_window_resets()
    {
        var (standIn, service) = Start(reserve: 2);
        var client = service.CreateAuthorizedClient();
        var waiting = await SyncWaitingForTheNextWindowAsync(service, TimeSpan.FromSeconds(8));
        var runs = await OldRunsAsync(client, 3);
        foreach (var run in runs.Take(2))
        {
            (await client.GetAsync($"/api/strava/activities/{run}/streams", Cancel)).EnsureSuccessStatusCode();
        }

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var refused = await client.GetAsync($"/api/strava/activities/{runs[2]}/streams", Cancel);
        var took = timer.Elapsed;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(took < TimeSpan.FromSeconds(5), $"the refusal took {took}");
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(900 / Scale + 1));
        var problem = (await refused.Content.ReadFromJsonAsync<ProblemDetails>(Cancel))!;
        Assert.Equal(StravaExceptionHandler.RateLimitedType, problem.Type);
        Assert.Contains($"it resets at {waiting:yyyy-MM-dd HH:mm:ss} UTC", problem.Detail);
        Assert.Equal(0, (await standIn.StatsAsync()).RateLimited);

        var asked = DateTimeOffset.UtcNow;
        var told = await Assert.ThrowsAsync<ServiceUnavailableException>(
            () => new StravaClient(client, NullLogger<StravaClient>.Instance).GetStreamsAsync(runs[2], Cancel));
        Assert.Equal("Strava's rate limit is spent", told.Title);
        Assert.InRange(told.RetryAt!.Value, asked, asked + retryAfter.Value + TimeSpan.FromSeconds(2));
        Assert.Matches(@"^after \d\d:\d\d \(in \d+ s\)$", told.WhenToRetry(TimeProvider.System));

        await Task.Delay(retryAfter.Value, Cancel);
        (await client.GetAsync($"/api/strava/activities/{runs[2]}/streams", Cancel)).EnsureSuccessStatusCode();
    }

    (StandIn, StravaHost) Start(int reserve)
    {
        var standIn = Own(new StandIn { Settings = { ["StandIn:HistoryDays"] = "365", ["StandIn:TimeScale"] = $"{Scale}" } });
        var service = Own(new StravaHost(standIn, redis)
        {
            TimeScale = Scale,
            Settings = { ["Strava:StreamWeeks"] = "0", ["Strava:InteractiveReserve"] = $"{reserve}" },
        });
        return (standIn, service);
    }

    /// <summary>Connects, starts the sync and returns the (real) time of the next window once the sync waits with at least <paramref name="left"/> to go.</summary>
    static async Task<DateTimeOffset> SyncWaitingForTheNextWindowAsync(StravaHost service, TimeSpan left)
    {
        await service.ConnectDemoAsync();
        (await service.CreateAuthorizedClient().PostAsync("/api/strava/sync", null, Cancel)).EnsureSuccessStatusCode();
        var progress = await service.WaitForSyncAsync(p => p.NextWindowAt - DateTimeOffset.UtcNow >= left, TimeSpan.FromSeconds(150));
        return progress.NextWindowAt!.Value;
    }

    static async Task<long> OldestRunAsync(HttpClient client) => (await OldRunsAsync(client, 1))[0];

    /// <summary>Runs of the listing without streams, oldest first: opening them asks Strava.</summary>
    static async Task<IReadOnlyList<long>> OldRunsAsync(HttpClient client, int count)
    {
        var page = (await client.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=200&page=2", Cancel))!;
        var runs = page.Items.Where(a => a.Family == SportFamilies.Running && !a.HasStreams).Reverse().Take(count).Select(a => a.Id).ToList();
        Assert.Equal(count, runs.Count);
        return runs;
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
