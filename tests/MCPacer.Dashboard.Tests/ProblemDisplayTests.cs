using Bunit;
using MCPacer.Contracts.Plans;
using MCPacer.Clients;
using MCPacer.Dashboard.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Dashboard.Tests;

public sealed class ProblemDisplayTests : DashboardContext
{
    [Fact]
    public void A_broken_plan_names_each_problem_at_its_file_line_and_column()
    {
        var plan = new PlanSummary("spring-10k", "Spring 10k", null, null, null, 0, false, false, "r1", true,
        [
            new PlanProblem("plans/spring-10k.yaml", 12, 7, "weeks[2].runs[0].type", "unknown run type 'jog'"),
            new PlanProblem("plans/spring-10k.yaml", 30, 15, "weeks[4].runs[1].target_pace", "'4:6o' is not a pace"),
        ]);

        var alert = Render<BrokenPlan>(parameters => parameters.Add(c => c.Plan, plan));

        Assert.Contains("Spring 10k cannot be read.", alert.Markup);
        var problems = alert.FindAll("[data-testid='plan-problem']").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "plans/spring-10k.yaml:12:7 weeks[2].runs[0].type: unknown run type 'jog'",
            "plans/spring-10k.yaml:30:15 weeks[4].runs[1].target_pace: '4:6o' is not a pace",
        ], problems);
    }

    [Fact]
    public void A_service_that_is_down_is_named_with_the_retry_countdown_and_retry_now_tries_again()
    {
        var retried = 0;
        var panel = Render<ServiceProblem>(parameters => parameters
            .Add(c => c.Error, new ServiceUnavailableException("strava", status: null, problem: null, "The strava service cannot be reached."))
            .Add(c => c.RetryingIn, 5)
            .Add(c => c.OnRetry, () => retried++));

        var text = panel.Find("[data-testid='service-problem']").TextContent;
        Assert.Contains("The strava service is not answering. The strava service cannot be reached.", text);
        Assert.Contains("Retrying in 5 s.", text);

        panel.Find("button").Click();

        Assert.Equal(1, retried);
    }

    [Fact]
    public void Strava_s_spent_rate_limit_is_told_in_the_runner_s_local_time_instead_of_as_a_service_that_is_down()
    {
        var now = new DateTimeOffset(2026, 12, 3, 13, 33, 10, TimeSpan.Zero);
        Services.AddSingleton<TimeProvider>(new FixedClock(now, TimeZoneInfo.CreateCustomTimeZone("runner", TimeSpan.FromHours(1), "runner", "runner")));
        var limited = new ServiceUnavailableException("strava", 503, "Strava's overall rate limit is spent; it resets at 2026-12-03 13:45:00 UTC (in 710 s).",
            "Strava's overall rate limit is spent; it resets at 2026-12-03 13:45:00 UTC (in 710 s).")
        {
            Title = "Strava's rate limit is spent",
            RetryAt = new DateTimeOffset(2026, 12, 3, 13, 45, 0, TimeSpan.Zero),
        };

        var panel = Render<ServiceProblem>(parameters => parameters.Add(c => c.Error, limited).Add(c => c.RetryingIn, 5));

        var text = panel.Find("[data-testid='service-problem']").TextContent;
        Assert.Contains("Strava's rate limit is spent.", text);
        Assert.Contains("This can be fetched after 14:45 (in 12 min); the page tries again then.", text);
        Assert.DoesNotContain("not answering", text);
        Assert.DoesNotContain("Retrying in 5 s", text);
    }

    sealed class FixedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
