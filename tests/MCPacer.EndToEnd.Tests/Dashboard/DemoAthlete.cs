using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;

namespace MCPacer.EndToEnd.Tests.Dashboard;

/// <summary>The stack's demo athlete, connected and synced far enough that their runs match the plan.</summary>
static class DemoAthlete
{
    static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The demo plan's most recent finished week with runs done, once the demo athlete has synced.</summary>
    public static async Task<(string Plan, WeekAdherence Week)> PastWeekWithRunsAsync(StackFixture stack, CancellationToken ct)
    {
        stack.Require();
        using var gateway = stack.Gateway();
        var status = await gateway.GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", ct);
        if (!status!.Connected)
        {
            (await gateway.PostAsync("/api/strava/demo/connect", null, ct)).EnsureSuccessStatusCode();
        }

        var plans = await gateway.GetFromJsonAsync<PlanSummary[]>("/api/plans", ct);
        var plan = plans!.Single(p => p.Active).Id;
        var deadline = DateTime.UtcNow + SyncTimeout;
        while (true)
        {
            var adherence = await gateway.GetFromJsonAsync<PlanAdherence>($"/api/plans/{plan}/adherence", ct);
            var week = adherence!.Weeks.LastOrDefault(w => w.Status == AdherenceStatus.WeekPast
                && w.Runs.Any(r => r.Actual is not null && r.Planned is not null));
            if (week is not null)
            {
                return (plan, week);
            }

            Assert.True(DateTime.UtcNow < deadline, "the demo athlete's runs never matched the plan");
            await Task.Delay(1000, ct);
        }
    }
}
