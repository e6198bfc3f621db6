using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Testing;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

public sealed class AdherenceTests : IClassFixture<PlansWithStrava>
{
    readonly PlansHost _host;
    readonly FakeStrava _strava;

    public AdherenceTests(PlansWithStrava fixture)
    {
        _host = fixture.Reset().Host;
        _strava = fixture.Strava;
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _strava.Activities.AddRange([
            // Week 1: all as planned.
            FakeStrava.Run(1, new DateTime(2026, 3, 30, 7, 0, 0), 8.1, "5:18"),
            FakeStrava.Run(2, new DateTime(2026, 4, 1, 18, 0, 0), 12, "4:30"),
            FakeStrava.Run(3, new DateTime(2026, 4, 5, 8, 0, 0), 20.3, "5:00"),
            // Week 2: Tuesday's tempo done on Wednesday, an unplanned Friday run, Sunday's long run missed, a ride that was no run.
            FakeStrava.Run(4, new DateTime(2026, 4, 8, 6, 30, 0), 12, "4:07"),
            FakeStrava.Run(5, new DateTime(2026, 4, 10, 12, 0, 0), 6, "5:30"),
            FakeStrava.Run(6, new DateTime(2026, 4, 11, 9, 0, 0), 40, "2:00", sport: "Ride"),
            // Week 3 so far: Monday's recovery, and today's bike session.
            FakeStrava.Run(7, new DateTime(2026, 4, 13, 7, 0, 0), 6.2, "5:45"),
            FakeStrava.Run(8, new DateTime(2026, 4, 15, 7, 0, 0), 25, "2:00", sport: "Ride"),
        ]);
    }

    [Fact]
    public async Task A_week_with_a_moved_an_extra_and_a_missed_run_is_scored_for_each()
    {
        using var client = _host.CreateAuthorizedClient();

        var adherence = await client.GetFromJsonAsync<PlanAdherence>("/api/plans/sub3-spring/adherence", Ct);

        var week2 = adherence!.Weeks[1];
        Assert.Equal(AdherenceStatus.WeekPast, week2.Status);
        Assert.Equal(
            [("2026-04-07", "moved", 4L), ("2026-04-10", "extra", 5L), ("2026-04-12", "missed", 0L)],
            week2.Runs.Select(r => (r.Date.ToString("yyyy-MM-dd"), r.Status, r.Actual?.ActivityId ?? 0)));
        Assert.Equal((45.0, 18.0, 2, 2), (week2.PlannedKm, week2.ActualKm, week2.PlannedRuns, week2.ActualRuns));
        Assert.Equal(new WeekCompliance(0.5, 0.5, 1, 0.67), week2.Compliance);

        Assert.All(adherence.Weeks[0].Runs, r => Assert.Equal(AdherenceStatus.Matched, r.Status));
        Assert.Equal(1, adherence.Weeks[0].Compliance!.Completion);
    }

    [Fact]
    public async Task The_current_week_counts_only_what_is_due_and_later_weeks_are_upcoming()
    {
        using var client = _host.CreateAuthorizedClient();

        var adherence = await client.GetFromJsonAsync<PlanAdherence>("/api/plans/sub3-spring/adherence", Ct);

        var week3 = adherence!.Weeks[2];
        Assert.Equal(AdherenceStatus.WeekCurrent, week3.Status);
        Assert.Equal(["matched", "upcoming", "matched", "upcoming"], week3.Runs.Select(r => r.Status));
        Assert.Equal(1, week3.Compliance!.Completion);
        Assert.All(adherence.Weeks.Skip(3), w => Assert.Null(w.Compliance));
        Assert.Equal(new DateOnly(2026, 4, 15), adherence.AsOf);
        var request = Assert.Single(_strava.Requests);
        Assert.Equal($"Bearer {ServiceFactory<Program>.AccessToken} ?from=2026-03-30&to=2026-04-15", request);
    }

    [Fact]
    public async Task When_strava_is_down_adherence_says_so_instead_of_showing_zeros()
    {
        using var host = new PlansHost();
        host.Settings["services:strava:http:0"] = $"http://127.0.0.1:{RedisServer.FreePort()}";
        host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        using var client = host.CreateAuthorizedClient();
        var clock = Stopwatch.StartNew();

        var response = await client.GetAsync("/api/plans/sub3-spring/adherence", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("The strava service is unavailable", body);
        Assert.Contains("\"strava_available\":false", body);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }
}
