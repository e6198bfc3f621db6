using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

public sealed class CreatePlanTests : IClassFixture<PlansHost>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public CreatePlanTests(PlansHost host)
    {
        _host = host.Reset();
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task A_skeleton_becomes_a_dated_plan_file_ending_in_race_week()
    {
        var response = await _client.PostAsJsonAsync("/api/plans", new CreatePlanRequest("Berlin Marathon 2026", new DateOnly(2026, 9, 27), 12,
            RaceName: "Berlin Marathon", RaceType: "marathon", GoalTime: "2:59:59"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/plans/berlin-marathon-2026", response.Headers.Location!.OriginalString);
        var plan = (await response.Content.ReadFromJsonAsync<TrainingPlan>(Ct))!;
        Assert.Equal(12, plan.Weeks.Count);
        Assert.All(plan.Weeks, w => Assert.Equal(DayOfWeek.Monday, w.WeekStartDate!.Value.DayOfWeek));
        Assert.Equal(new DateOnly(2026, 7, 6), plan.PlanStartDate);
        Assert.Equal(new DateOnly(2026, 9, 21), plan.Weeks[^1].WeekStartDate);
        Assert.Equal("4:16", plan.GoalRace!.GoalPaceMinPerKm);
        Assert.Equal(42.195, plan.GoalRace.DistanceKm);
        var file = _host.ReadPlan("berlin-marathon-2026");
        Assert.StartsWith("# Created by MCPacer on 2026-04-15.", file);
        Assert.Contains("goal_time: \"2:59:59\"\n", file);
        Assert.Contains("- week_number: 12\n  week_start_date: 2026-09-21\n  runs: []\n", file);
    }

    [Fact]
    public async Task Creating_a_plan_that_exists_is_a_409_and_the_file_is_kept()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);

        var response = await _client.PostAsJsonAsync("/api/plans", new CreatePlanRequest("Again", new DateOnly(2026, 9, 27), 4, PlanId: SamplePlans.Sub3Id), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(SamplePlans.Sub3, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task A_start_date_that_is_not_a_monday_is_a_400_naming_the_field()
    {
        var response = await _client.PostAsJsonAsync("/api/plans", new CreatePlanRequest("Tuesday start", new DateOnly(2026, 9, 27), 4,
            StartDate: new DateOnly(2026, 9, 1)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("start_date: 2026-09-01 is a Tuesday", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Deleting_a_plan_removes_its_file()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);

        var response = await _client.DeleteAsync("/api/plans/sub3-spring", Ct);
        var again = await _client.GetAsync("/api/plans/sub3-spring", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.False(File.Exists(_host.PlanPath(SamplePlans.Sub3Id)));
    }

    public void Dispose() => _client.Dispose();
}
