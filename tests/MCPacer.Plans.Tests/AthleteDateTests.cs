namespace MCPacer.Plans.Tests;

/// <summary>
/// Which day it is for the athlete, by the one rule every service follows: the setting (MCPacer:TimeZone, the AppHost's
/// --time-zone), else the athlete's zone as the strava service reports it, else the machine's. The machine runs in
/// UTC; it is five minutes past midnight in Auckland, where the athlete lives.
/// </summary>
public sealed class AthleteDateTests : IAsyncLifetime
{
    /// <summary>Monday 7 December 2026 11:05 UTC: Tuesday 8 December 00:05 in Auckland (NZDT, UTC+13).</summary>
    static readonly DateTimeOffset JustAfterMidnightInAuckland = new(2026, 12, 7, 11, 5, 0, TimeSpan.Zero);

    const string AucklandDate = "Today: Tue Dec 8, 2026";
    const string UtcDate = "Today: Mon Dec 7, 2026";

    FakeStrava _strava = null!;

    public async ValueTask InitializeAsync() => _strava = await FakeStrava.StartAsync();

    public async ValueTask DisposeAsync() => await _strava.DisposeAsync();

    [Fact]
    public async Task Without_a_setting_the_athletes_date_is_the_one_in_the_zone_Strava_knows()
    {
        _strava.TimeZone = "Pacific/Auckland";

        Assert.Contains(AucklandDate, await ContextAsync(setting: null, expected: AucklandDate));
    }

    [Fact]
    public async Task The_setting_wins_over_the_zone_Strava_knows()
    {
        _strava.TimeZone = "Europe/Berlin";

        Assert.Contains(AucklandDate, await ContextAsync(setting: "Pacific/Auckland", expected: AucklandDate));
    }

    [Fact]
    public async Task With_neither_the_date_is_the_machines()
    {
        _strava.TimeZone = null;

        Assert.Contains(UtcDate, await ContextAsync(setting: null, expected: UtcDate));
    }

    /// <summary>The plan context until it names <paramref name="expected"/> (the zone arrives from strava after start) or 10 s pass.</summary>
    async Task<string> ContextAsync(string? setting, string expected)
    {
        using var host = new PlansHost();
        host.Settings["MCPacer:TimeZone"] = setting;
        host.Settings["services:strava:http:0"] = _strava.Url;
        host.Clock.Now = JustAfterMidnightInAuckland;
        host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        var client = host.CreateAuthorizedClient();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var context = await client.GetStringAsync($"/api/plans/context?planId={SamplePlans.Sub3Id}", TestContext.Current.CancellationToken);
            if (context.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return context;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
