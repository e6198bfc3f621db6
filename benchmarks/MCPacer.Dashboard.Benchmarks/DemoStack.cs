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

    /// <summary>
    /// The running activity of the last 200 with the longest moving time, once the sync has listed them, with its
    /// streams fetched (from Strava on demand when the sync has not reached them yet, as opening the run would).
    /// </summary>
    public async Task<StravaActivity> LongestRunWithStreamsAsync(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (await client.GetFromJsonAsync<StravaSyncProgress>("api/strava/sync") is not { Activities: > 0, Phase: not SyncPhases.Summaries })
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the demo sync has not listed the athlete's activities yet");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var page = await client.GetFromJsonAsync<StravaActivityPage>("api/strava/activities?page=1&per_page=200");
        var longest = page!.Items.Where(a => a.Family == SportFamilies.Running).MaxBy(a => a.MovingTimeSeconds)!;
        (await client.GetAsync($"api/strava/activities/{longest.Id}/streams?max_points=800")).EnsureSuccessStatusCode();
        return longest;
    }
}
