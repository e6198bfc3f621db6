using System.Net.Http.Json;
using MCPacer.Contracts.Strava;

namespace MCPacer.Testing;

/// <summary>The strava service's sync as a benchmark drives it through the gateway: start one, wait until it has settled.</summary>
public static class DemoSync
{
    /// <summary>POST /api/strava/sync (the dashboard's "sync now"); returns when it is queued.</summary>
    public static async Task SyncNowAsync(HttpClient gateway)
    {
        using var response = await gateway.PostAsync("api/strava/sync", content: null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the sync is idle with a pass completed after <paramref name="completedAfter"/>.</summary>
    public static async Task WaitUntilSettledAsync(HttpClient gateway, DateTimeOffset completedAfter, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (await gateway.GetFromJsonAsync<StravaSyncProgress>("api/strava/sync") is not { Phase: SyncPhases.Idle } progress
               || progress.LastCompletedAt is not { } completed || completed < completedAfter)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"the sync did not settle within {timeout.TotalSeconds} s");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
