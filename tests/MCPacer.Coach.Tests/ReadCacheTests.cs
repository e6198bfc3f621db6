using System.Net.Http.Json;
using MCPacer.Coach.Api;
using MCPacer.Coach.Sessions;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Coach.Tests;

/// <summary>
/// The memory and the session context are served from memory after the first read, and our own writes, hand edits of
/// the files, a change strava announces on Redis and the athlete's next day each show at the next read. Whether strava
/// was asked again is what its stand-in notes; whether the answer came from memory is what the read-cache counter says.
/// </summary>
public sealed class ReadCacheTests(RedisServer redis) : IAsyncLifetime
{
    const string Memory = "# Coach Memory\n\n## Athlete\n- Name: Sam\n- Preferred persona: kim\n\n## Goals\n- Sub-3 marathon\n";

    readonly FixedClock _clock = new(new DateTimeOffset(2026, 4, 15, 7, 0, 0, TimeSpan.Zero));
    StravaLoadStandIn _strava = null!;
    CoachHost _coach = null!;
    ReadCacheCounter _reads = null!;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _strava = await StravaLoadStandIn.StartAsync();
        _coach = new CoachHost(redis, stravaUrl: _strava.Url, clock: _clock);
        _coach.WriteMemory(Memory);
        _reads = new ReadCacheCounter(_coach.Factory.Services.GetRequiredService<ServiceTelemetry>());
        await _reads.WaitUntilServingAsync(MemoryApi.CachedAnswer, MemoryAsync);
        await _reads.WaitUntilServingAsync(SessionContextReader.CachedAnswer, SessionContextAsync);
    }

    [Fact]
    public async Task The_second_read_of_the_memory_is_served_from_memory()
    {
        var hits = _reads.Hits(MemoryApi.CachedAnswer);

        var first = await MemoryAsync();
        var second = await MemoryAsync();

        Assert.Equal(first, second);
        Assert.Equal(hits + 2, _reads.Hits(MemoryApi.CachedAnswer));
    }

    [Fact]
    public async Task A_section_written_through_the_api_shows_at_the_next_read()
    {
        (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest("- Sub-2:55 marathon"), Ct))
            .EnsureSuccessStatusCode();

        Assert.Contains("- Sub-2:55 marathon", await MemoryAsync());
        Assert.Contains("- Sub-2:55 marathon", await SessionContextAsync());
    }

    [Fact]
    public async Task A_write_that_leaves_the_files_stamp_as_it_was_still_shows_at_the_next_read()
    {
        var stamp = File.GetLastWriteTimeUtc(_coach.MemoryFile);

        // Same length, and the time set back: as a second write within the file system's timestamp granularity.
        (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest("- Sub-4 marathon"), Ct))
            .EnsureSuccessStatusCode();
        File.SetLastWriteTimeUtc(_coach.MemoryFile, stamp);

        Assert.Contains("- Sub-4 marathon", await MemoryAsync());
    }

    [Fact]
    public async Task A_hand_edit_of_the_memory_file_shows_at_the_next_read()
    {
        _coach.WriteMemory(Memory.Replace("Sub-3", "Sub-3:30", StringComparison.Ordinal));

        Assert.Contains("- Sub-3:30 marathon", await MemoryAsync());
        Assert.Contains("- Sub-3:30 marathon", await SessionContextAsync());
    }

    [Fact]
    public async Task The_second_read_of_the_session_context_does_not_ask_strava()
    {
        var (asked, hits) = (_strava.Asked.Count, _reads.Hits(SessionContextReader.CachedAnswer));

        var first = await SessionContextAsync();
        var second = await SessionContextAsync();

        Assert.Equal(first, second);
        Assert.Equal(asked, _strava.Asked.Count);
        Assert.Equal(hits + 2, _reads.Hits(SessionContextReader.CachedAnswer));
    }

    [Fact]
    public async Task A_session_log_saved_or_edited_by_hand_shows_at_the_next_read()
    {
        (await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Reviewed the long run.", new DateOnly(2026, 4, 14)), Ct))
            .EnsureSuccessStatusCode();
        Assert.Contains("Reviewed the long run.", await SessionContextAsync());

        var log = Path.Combine(_coach.SessionsDir, "2026-04-14.md");
        await File.WriteAllTextAsync(log, (await File.ReadAllTextAsync(log, Ct)).Replace("long run", "tempo run", StringComparison.Ordinal), Ct);

        Assert.Contains("Reviewed the tempo run.", await SessionContextAsync());
    }

    [Fact]
    public async Task A_sync_announced_on_redis_shows_stravas_new_load_line_at_the_next_read()
    {
        _strava.LoadLine = "LOAD CTL 64 (+2/wk) ATL 70 TSB -6 ACWR 1.09";

        await redis.PublishAsync(new StravaActivitiesChanged(1, 0, DateTimeOffset.UtcNow));

        await Eventually.ContainsAsync("LOAD CTL 64", SessionContextAsync);
    }

    [Fact]
    public async Task The_athletes_next_day_asks_strava_for_that_days_load()
    {
        await SessionContextAsync();

        _clock.Now += TimeSpan.FromDays(1);
        await SessionContextAsync();

        Assert.EndsWith("from=2026-04-16&to=2026-04-16", _strava.Asked[^1]);
    }

    Task<string> MemoryAsync() => _coach.Client.GetStringAsync("/api/coach/memory", Ct);

    Task<string> SessionContextAsync() => _coach.Client.GetStringAsync("/api/coach/session-context", Ct);

    public async ValueTask DisposeAsync()
    {
        _reads.Dispose();
        _coach.Dispose();
        await _strava.DisposeAsync();
    }
}
