using MCPacer.Contracts.Events;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using MCPacer.Plans.Api;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>
/// The plan context is served from memory after the first read, and a plan edit (through the API or by hand), a change
/// strava announces on Redis and the athlete's next day each show at the next read. Whether strava was asked again is
/// what the fake strava counts; whether the answer came from memory is what the service's read-cache counter says.
/// </summary>
public sealed class PlanContextCacheTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    const string Answer = PlanContextApi.CachedAnswer;

    FakeStrava _strava = null!;
    PlansHost _host = null!;
    HttpClient _client = null!;
    ReadCacheCounter _reads = null!;

    public async ValueTask InitializeAsync()
    {
        redis.Require();
        _strava = await FakeStrava.StartAsync();
        _strava.Paces = Paces(vdot: 52.3);
        _host = new PlansHost(redis);
        _host.Settings["services:strava:http:0"] = _strava.Url;
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
        _reads = new ReadCacheCounter(_host.Services.GetRequiredService<ServiceTelemetry>());
        await _reads.WaitUntilServingAsync(Answer, ContextAsync);
    }

    [Fact]
    public async Task The_second_read_is_served_from_memory_without_asking_strava()
    {
        var (projections, hits) = (_strava.Projections.Count, _reads.Hits(Answer));

        var first = await ContextAsync();
        var second = await ContextAsync();

        Assert.Equal(first, second);
        Assert.Contains("VDOT 52.3", second);
        Assert.Equal(projections, _strava.Projections.Count);
        Assert.Equal(hits + 2, _reads.Hits(Answer));
    }

    [Fact]
    public async Task A_plan_edit_through_the_api_shows_at_the_next_read()
    {
        var edit = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/3", new WeekUpdate(WeeklyFocus: "Easy weeks"));
        edit.EnsureSuccessStatusCode();

        Assert.Contains("Easy weeks", await ContextAsync());
    }

    [Fact]
    public async Task A_hand_edit_of_the_plan_file_shows_at_the_next_read()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3.Replace("weekly_focus: Recovery", "weekly_focus: Edited by hand", StringComparison.Ordinal));

        Assert.Contains("Edited by hand", await ContextAsync());
    }

    [Fact]
    public async Task A_sync_announced_on_redis_shows_stravas_new_paces_at_the_next_read()
    {
        _strava.Paces = Paces(vdot: 55.1);
        Assert.Contains("VDOT 52.3", await ContextAsync());

        await redis.PublishAsync(new StravaActivitiesChanged(1, 0, DateTimeOffset.UtcNow));

        await Eventually.ContainsAsync("VDOT 55.1", ContextAsync);
    }

    [Fact]
    public async Task The_athletes_next_day_shows_at_the_next_read()
    {
        Assert.Contains("Today: Wed Apr 15, 2026", await ContextAsync());

        _host.Clock.Now = PlansHost.DefaultNow.AddDays(1);

        Assert.Contains("Today: Thu Apr 16, 2026", await ContextAsync());
    }

    [Fact]
    public async Task An_answer_without_strava_is_kept_only_seconds()
    {
        using var host = new PlansHost(redis);
        host.Settings["services:strava:http:0"] = $"http://127.0.0.1:{RedisServer.FreePort()}";
        host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        using var client = host.CreateAuthorizedClient();
        using var reads = new ReadCacheCounter(host.Services.GetRequiredService<ServiceTelemetry>());
        Task<string> context() => client.GetStringAsync("/api/plans/context", Ct);
        await reads.WaitUntilServingAsync(Answer, context);
        var builds = reads.Builds(Answer);

        Assert.Contains("the strava service is not answering", await context());
        host.Clock.Now += TimeSpan.FromSeconds(6);
        await context();

        Assert.Equal(builds + 1, reads.Builds(Answer));
    }

    Task<string> ContextAsync() => _client.GetStringAsync("/api/plans/context", Ct);

    static TrainingPaceSet Paces(double vdot) => new(vdot, "5:05-4:40/km", "4:10/km", "3:57/km", "3:38/km", "3:24/km");

    public async ValueTask DisposeAsync()
    {
        _reads.Dispose();
        _client.Dispose();
        _host.Dispose();
        await _strava.DisposeAsync();
    }
}

/// <summary>Without Redis a change event could be missed: every read is built afresh.</summary>
public sealed class PlanContextWithoutRedisTests : IClassFixture<PlansWithStrava>
{
    readonly PlansWithStrava _plans;

    public PlanContextWithoutRedisTests(PlansWithStrava plans)
    {
        _plans = plans.Reset();
        _plans.Host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
    }

    [Fact]
    public async Task Every_read_asks_strava_again()
    {
        using var reads = new ReadCacheCounter(_plans.Host.Services.GetRequiredService<ServiceTelemetry>());
        using var client = _plans.Host.CreateAuthorizedClient();

        await client.GetStringAsync("/api/plans/context", Ct);
        await client.GetStringAsync("/api/plans/context", Ct);

        Assert.Equal(2, _plans.Strava.Projections.Count);
        Assert.Equal((0, 2), (reads.Hits(PlanContextApi.CachedAnswer), reads.Bypasses(PlanContextApi.CachedAnswer)));
    }
}
