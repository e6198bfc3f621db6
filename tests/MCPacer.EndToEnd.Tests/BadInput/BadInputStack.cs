using System.Globalization;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.EndToEnd.Tests.Mcp;
using MCPacer.Testing;
using ModelContextProtocol.Client;

namespace MCPacer.EndToEnd.Tests.BadInput;

/// <summary>
/// A stack of its own for the bad-input corpus, started once for both surfaces and left quiet: the demo's first sync
/// has finished, so that any change in the data folder during a case was made by that case.
/// </summary>
public sealed class BadInputStack : IAsyncLifetime
{
    static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(5);

    public StackFixture Stack { get; } = new();

    /// <summary>The demo athlete's marathon plan and one of its synced activities, for cases that need real ids.</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    McpClient? _mcp;

    public async ValueTask InitializeAsync()
    {
        await Stack.InitializeAsync();
        if (Stack.App is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(SyncTimeout);
        using var gateway = Stack.Gateway();
        var sync = await gateway.GetFromJsonAsync<StravaSyncProgress>("/api/strava/sync", timeout.Token);
        while (sync!.Phase != SyncPhases.Idle || sync.LastCompletedAt is null)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
            sync = await gateway.GetFromJsonAsync<StravaSyncProgress>("/api/strava/sync", timeout.Token);
        }

        // Each service creates its folder on first use, plans its calendar feed's token, and strava caches each activity's
        // load and the profile's estimates when first read: once here, so that no case is blamed for it.
        foreach (var read in (string[])["/api/coach/memory", "/api/plans", "/api/plans/calendar", "/terminal/sessions", "/api/strava/athlete/profile",
                     "/api/strava/training/load", "/api/strava/context/runs", "/api/strava/training/predictions", "/api/strava/training/best-efforts"])
        {
            using var response = await gateway.GetAsync(read, timeout.Token);
            response.EnsureSuccessStatusCode();
        }

        var plans = await gateway.GetFromJsonAsync<IReadOnlyList<PlanSummary>>("/api/plans", timeout.Token);
        var activities = await gateway.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=1", timeout.Token);
        Names = new Dictionary<string, string>
        {
            ["plan"] = plans!.Single().Id,
            ["activity"] = activities!.Items[0].Id.ToString(CultureInfo.InvariantCulture),
        };
    }

    public async Task<McpClient> McpAsync(CancellationToken ct) => _mcp ??= await Stack.ConnectMcpAsync(ct);

    /// <summary>
    /// The data folder as files, except what changes while nobody writes data: the AppHost's resource states, Redis's own
    /// files, SQLite's shared-memory index (readers write it) and Quartz's scheduler bookkeeping.
    /// </summary>
    public SortedDictionary<string, string> DataSnapshot() => FolderSnapshot.Of(Stack.DataDir.Path, path =>
        path.StartsWith("apphost", StringComparison.Ordinal)
        || path.StartsWith("redis", StringComparison.Ordinal)
        || path.EndsWith("-shm", StringComparison.Ordinal)
        || path.StartsWith(Path.Combine("strava", "quartz.db"), StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (_mcp is not null)
        {
            await _mcp.DisposeAsync();
        }

        await Stack.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BadInputCollection : ICollectionFixture<BadInputStack>
{
    public const string Name = "MCPacer stack for bad input";
}
