using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.Dashboard.Benchmarks;

/// <summary>A running demo stack: its gateway, its access token, and the demo athlete's plan and runs.</summary>
sealed class DemoStack(ReadyUrl ready)
{
    public Uri Gateway => ready.Gateway;

    public string Token => ready.Token;

    HttpClient Client() => ready.CreateClient(TimeSpan.FromSeconds(100));

    public async Task<string> ActivePlanAsync()
    {
        using var client = Client();
        var plans = await client.GetFromJsonAsync<PlanSummary[]>("api/plans");
        return plans!.Single(p => p.Active).Id;
    }

    /// <summary>The running activity with the longest moving time, once the sync has its streams.</summary>
    public async Task<StravaActivity> LongestRunWithStreamsAsync(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var page = await client.GetFromJsonAsync<StravaActivityPage>("api/strava/activities?page=1&per_page=200");
            var longest = page!.Items.Where(a => a.Family == SportFamilies.Running).MaxBy(a => a.MovingTimeSeconds);
            if (longest is { HasStreams: true })
            {
                return longest;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the demo athlete's longest run has no streams yet (the sync waits on Strava's rate limit)");
            }

            await Task.Delay(TimeSpan.FromSeconds(10));
        }
    }
}
