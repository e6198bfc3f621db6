using System.Net.Http.Json;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

public sealed class DemoPlanTests : IDisposable
{
    readonly PlansHost _host = new();

    public DemoPlanTests() => _host.Settings["Plans:Demo"] = "true";

    [Fact]
    public async Task Demo_mode_seeds_the_marathon_build_with_today_in_week_nine()
    {
        using var client = _host.CreateAuthorizedClient();

        var plan = await client.GetFromJsonAsync<TrainingPlan>("/api/plans/demo-marathon-build", Ct);
        var context = await client.GetStringAsync("/api/plans/context", Ct);

        Assert.False(plan!.Broken, string.Join("\n", plan.Problems));
        Assert.Equal(DemoMarathonBuild.WeekCount, plan.Weeks.Count);
        Assert.Equal(DemoMarathonBuild.RaceDate(new DateOnly(2026, 4, 15)), plan.GoalRace!.Date);
        Assert.Contains("Status: Week 9 of 14", context);
        Assert.Contains("=== ACTIVE PLAN: Demo Marathon Build ===", context);
    }

    [Fact]
    public async Task An_existing_demo_plan_is_left_as_the_runner_edited_it()
    {
        var edited = "# mine now\n" + Store.DemoPlanSeeder.Write(new DateOnly(2026, 4, 15)).Replace("Recovery week", "Down week");
        _host.WritePlan("demo-marathon-build", edited);
        using var client = _host.CreateAuthorizedClient();

        await client.GetStringAsync("/api/plans/status", Ct);

        Assert.Equal(edited, _host.ReadPlan("demo-marathon-build"));
    }

    public void Dispose() => _host.Dispose();
}
