using System.Diagnostics;
using Aspire.Hosting.Testing;
using System.Text.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Faults;

/// <summary>
/// A stack of its own for the fault suite, started only with <see cref="FullSuite.Variable"/>=1: the faults kill its
/// processes and break its Strava, so no other test shares it. What each fault test needs around it lives here:
/// waiting for a resource to be back, the demo's sync, the stand-in's admin surface, half-written files.
/// </summary>
public sealed class FaultStack : IAsyncLifetime
{
    public StackFixture Stack { get; } = new();

    public string DataDir => Stack.DataDir.Path;

    public async ValueTask InitializeAsync()
    {
        if (FullSuite.Enabled)
        {
            await Stack.InitializeAsync();
        }
    }

    /// <summary>Call first in every fault test: skips without the full-suite switch (a choice, never a failure).</summary>
    public void Require()
    {
        FullSuite.Require();
        Stack.Require();
    }

    public HttpClient Gateway() => Stack.Gateway();

    /// <summary>The Strava stand-in's own address, for its <c>/_standin</c> admin surface and to try a stored token on it.</summary>
    public HttpClient StandIn() => new() { BaseAddress = Stack.App.GetEndpoint("strava-standin", "http"), Timeout = TimeSpan.FromSeconds(30) };

    public async Task<int> PidAsync(string resource) => (await Stack.ResourceStateAsync(resource)).GetProperty("pid").GetInt32();

    public async Task<int> RestartsAsync(string resource) => (await Stack.ResourceStateAsync(resource)).GetProperty("restarts").GetInt32();

    /// <summary>The demo athlete's active plan and the date of its first run, the run the fault tests edit.</summary>
    public async Task<(string Plan, DateOnly Date)> EditedRunAsync(CancellationToken ct)
    {
        using var gateway = Gateway();
        var plans = await gateway.GetFromJsonAsync<PlanSummary[]>("/api/plans", ct);
        var plan = await gateway.GetFromJsonAsync<TrainingPlan>($"/api/plans/{plans!.Single(p => p.Active).Id}", ct);
        return (plan!.Id, plan.Weeks.SelectMany(w => w.Runs).First(r => r.Date is not null && r.Index == 0).Date!.Value);
    }

    /// <summary>The sync status, or null while strava does not answer (restarting).</summary>
    public async Task<StravaSyncProgress?> SyncAsync(CancellationToken ct)
    {
        using var gateway = Gateway();
        using var response = await gateway.GetAsync("/api/strava/sync", ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<StravaSyncProgress>(ct) : null;
    }

    /// <summary>Waits until every read answers 200 through the gateway: a fault test starts from a stack that serves.</summary>
    public async Task WaitUntilServingAsync(IEnumerable<string> reads, CancellationToken ct)
    {
        using var gateway = Gateway();
        var watch = Stopwatch.StartNew();
        foreach (var read in reads)
        {
            while (true)
            {
                using var response = await gateway.GetAsync(read, ct);
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    break;
                }

                Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"{read} answered {(int)response.StatusCode} for 2 minutes before the fault");
                await Task.Delay(250, ct);
            }
        }
    }

    /// <summary>Polls the sync status (what the dashboard shows) until <paramref name="wanted"/>; every phase and message seen along the way.</summary>
    public async Task<(StravaSyncProgress Last, IReadOnlyList<string> Seen)> WaitForSyncAsync(
        Func<StravaSyncProgress, bool> wanted, TimeSpan timeout, CancellationToken ct)
    {
        var seen = new List<string>();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var progress = await SyncAsync(ct);
            var line = progress is null ? "unavailable 0/0: " : $"{progress.Phase} {progress.Done}/{progress.Total}: {progress.Message}";
            if (seen.Count == 0 || seen[^1] != line)
            {
                seen.Add(line);
            }

            if (progress is not null && wanted(progress))
            {
                return (progress, seen);
            }

            Assert.True(watch.Elapsed < timeout, $"the sync did not get there within {timeout.TotalSeconds} s; it went:\n{string.Join('\n', seen)}");
            await Task.Delay(250, ct);
        }
    }

    public async Task<JsonElement> StandInStatsAsync(CancellationToken ct)
    {
        using var standIn = StandIn();
        using var stats = JsonDocument.Parse(await standIn.GetStringAsync("/_standin/stats", ct));
        return stats.RootElement.Clone();
    }

    /// <summary>Temp files a write left behind (AtomicFile's <c>.name.guid.tmp</c>), outside Redis's and SQLite's own.</summary>
    public IReadOnlyList<string> HalfWrittenFiles() =>
    [
        .. Directory.EnumerateFiles(DataDir, "*.tmp", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DataDir, f))
            .Where(f => !f.StartsWith("redis", StringComparison.Ordinal)),
    ];

    public async ValueTask DisposeAsync() => await Stack.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultStack>
{
    public const string Name = "MCPacer stack for faults";
}
