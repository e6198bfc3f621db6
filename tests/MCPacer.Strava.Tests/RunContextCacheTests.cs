using System.Net.Http.Json;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Contracts.Training;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;
using MCPacer.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Strava.Tests;

/// <summary>
/// The run context is served from memory after the first read, and a change to anything it is built from shows at the
/// next read: a run stored by the sync, a change another process commits to the database, the athlete profile written
/// through the API or by hand, and the athlete's next day. Strava owns all of it, so no event is involved; it announces
/// the changes other services quote (an RPE, the profile) on Redis.
/// </summary>
public sealed class RunContextCacheTests(RedisServer redis) : IAsyncLifetime
{
    const string Answer = CachedRunContext.Answer;

    readonly ShiftedClock _clock = new();
    readonly StandIn _standIn = new();
    StravaHost _service = null!;
    HttpClient _client = null!;
    ReadCacheCounter _reads = null!;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _service = new StravaHost(_standIn, redis) { Clock = _clock, Settings = { ["MCPacer:TimeZone"] = "Europe/Berlin" } };
        // Wednesday 2026-03-11, noon in Berlin.
        _clock.Advance(new DateTimeOffset(2026, 3, 11, 11, 0, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        _client = _service.CreateAuthorizedClient();
        _reads = new ReadCacheCounter(_service.Services.GetRequiredService<ServiceTelemetry>());
        await StoreAsync(Run(1, "Easy Run", new DateTime(2026, 3, 9, 7, 0, 0)));
        // The first builds keep what they computed (the loads, the estimates): served from memory once that settled.
        await _reads.WaitUntilServingAsync(Answer, ContextAsync);
    }

    [Fact]
    public async Task The_second_read_is_served_from_memory()
    {
        var (builds, hits) = (_reads.Builds(Answer), _reads.Hits(Answer));

        var first = await ContextAsync();
        var second = await ContextAsync();

        Assert.Equal(first.Text, second.Text);
        Assert.Equal((builds, hits + 2), (_reads.Builds(Answer), _reads.Hits(Answer)));
    }

    [Fact]
    public async Task A_run_stored_by_the_sync_shows_at_the_next_read()
    {
        await StoreAsync(Run(2, "Tempo Tuesday", new DateTime(2026, 3, 10, 18, 0, 0)));

        Assert.Contains("Tempo Tuesday", (await ContextAsync()).Text);
    }

    [Fact]
    public async Task A_change_another_process_commits_to_the_database_shows_at_the_next_read()
    {
        await using (var other = new SqliteConnection($"Data Source={_service.Services.GetRequiredService<StravaDatabase>().Path}"))
        {
            await other.OpenAsync(Ct);
            await using var rename = other.CreateCommand();
            rename.CommandText = "UPDATE activities SET name = 'Renamed elsewhere' WHERE id = 1";
            await rename.ExecuteNonQueryAsync(Ct);
        }

        Assert.Contains("Renamed elsewhere", (await ContextAsync()).Text);
    }

    [Fact]
    public async Task The_athlete_profile_written_through_the_api_or_by_hand_builds_the_context_again()
    {
        var builds = _reads.Builds(Answer);
        var changed = await RedisListener.FirstAsync<AthleteProfileChanged>(redis);

        (await _client.PutAsJsonAsync("/api/strava/athlete/profile", new AthleteProfileUpdate(MaxHeartrate: 191), Ct)).EnsureSuccessStatusCode();
        await ContextAsync();
        var file = Path.Combine(_service.StravaDirectory, "athlete-profile.json");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, Ct)).Replace("191", "189", StringComparison.Ordinal) + "\n", Ct);
        await ContextAsync();

        Assert.Equal(builds + 2, _reads.Builds(Answer));
        await changed.Task.WaitAsync(Eventually.Bound, Ct);
    }

    [Fact]
    public async Task A_session_rpe_is_announced_for_the_services_that_quote_the_load()
    {
        var announced = await RedisListener.FirstAsync<StravaRunAnnotated>(redis, e => e.Change == StravaRunAnnotated.Rpe);

        (await _client.PutAsJsonAsync("/api/strava/activities/1/rpe", new SessionRpeUpdate(6), Ct)).EnsureSuccessStatusCode();

        Assert.Equal(1, (await announced.Task.WaitAsync(Eventually.Bound, Ct)).ActivityId);
    }

    [Fact]
    public async Task The_athletes_next_day_shows_at_the_next_read()
    {
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(new DateOnly(2026, 3, 12), (await ContextAsync()).Today);
    }

    async Task<RunContext> ContextAsync() => (await _client.GetFromJsonAsync<RunContext>("/api/strava/context/runs", Ct))!;

    async Task StoreAsync(params SummaryActivity[] runs) =>
        await _service.Services.GetRequiredService<ActivityStore>().UpsertSummariesAsync(runs, 1, Ct);

    static SummaryActivity Run(long id, string name, DateTime local) => new()
    {
        Id = id, Name = name, SportType = "Run", Type = "Run", Distance = 10_000, MovingTime = 3000, ElapsedTime = 3000,
        StartDate = new DateTimeOffset(local.AddHours(-1), TimeSpan.Zero), StartDateLocal = local, Timezone = "(GMT+01:00) Europe/Berlin",
        AverageHeartrate = 140, AverageSpeed = 10_000 / 3000.0,
    };

    public async ValueTask DisposeAsync()
    {
        _reads.Dispose();
        _client.Dispose();
        await _service.DisposeAsync();
        await _standIn.DisposeAsync();
    }
}
