using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>
/// The clock jumping in the middle of a coaching session: across the athlete's midnight from Sunday to Monday (a new
/// plan week) and back again (a clock set back), on one running service. Every answer follows the clock at once, and
/// a read never writes. (Part of the fault suite, tests/MCPacer.EndToEnd.Tests/Faults/README.md.)
/// </summary>
public sealed class ClockJumpTests : IClassFixture<PlansHost>, IDisposable
{
    /// <summary>Sunday 2026-04-19, 23:59:50 in Berlin: the last seconds of week 3.</summary>
    static readonly DateTimeOffset SundayNight = new(2026, 4, 19, 21, 59, 50, TimeSpan.Zero);

    readonly PlansHost _host;
    readonly HttpClient _client;

    public ClockJumpTests(PlansHost host)
    {
        _host = host.Reset();
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task Across_midnight_and_back_the_date_and_week_follow_the_clock_and_an_edit_made_before_stays()
    {
        _host.Clock.Now = SundayNight;
        var sunday = await _client.GetStringAsync("/api/plans/context", Ct);
        var edit = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-04-30", new RunFields(Description: "Moved after the niggle"));
        edit.EnsureSuccessStatusCode();
        var file = _host.ReadPlan(SamplePlans.Sub3Id);

        _host.Clock.Now = SundayNight.AddSeconds(20);
        var monday = await _client.GetStringAsync("/api/plans/context", Ct);
        var active = await _client.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        _host.Clock.Now = SundayNight.AddSeconds(5);
        var sundayAgain = await _client.GetStringAsync("/api/plans/context", Ct);
        var plan = await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct);

        Assert.Contains("Today: Sun Apr 19, 2026", sunday);
        Assert.Contains("Status: Week 3 of 6", sunday);
        Assert.Contains("Today: Mon Apr 20, 2026", monday);
        Assert.Contains("Status: Week 4 of 6", monday);
        Assert.Contains("→ W4   Apr 20", monday);
        Assert.True(Assert.Single(active!).Active);
        Assert.Contains("Today: Sun Apr 19, 2026", sundayAgain);
        Assert.Contains("Status: Week 3 of 6", sundayAgain);
        Assert.Equal("Moved after the niggle", plan!.Weeks.SelectMany(w => w.Runs).Single(r => r.Date == new DateOnly(2026, 4, 30)).Description);
        Assert.Equal(file, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    public void Dispose() => _client.Dispose();
}
