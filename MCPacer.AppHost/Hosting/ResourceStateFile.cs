using System.Collections.Concurrent;
using System.Text.Json;
using MCPacer.Contracts.Stack;
using Microsoft.Extensions.Hosting;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// Keeps &lt;data-dir&gt;/apphost/resources.json current from Aspire's resource notifications: what the
/// mcpacer CLI and the tests read to find every process, port and state without asking DCP.
/// </summary>
sealed class ResourceStateFile(
    ResourceNotificationService notifications, RestartLedger ledger, MCPacerOptions options, TimeProvider clock) : BackgroundService
{
    const string PidProperty = "executable.pid";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    readonly ConcurrentDictionary<string, CustomResourceSnapshot> _latest = new();
    int _dirty;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ledger.Changed += MarkDirty;
        var writer = WriteWhileDirtyAsync(stoppingToken);
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is ParameterResource || change.Snapshot.IsHidden)
                {
                    continue;
                }

                _latest[change.Resource.Name] = change.Snapshot;
                MarkDirty();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            ledger.Changed -= MarkDirty;
        }

        await writer;
    }

    void MarkDirty() => Interlocked.Exchange(ref _dirty, 1);

    // Startup produces hundreds of notifications; writing at most four times a second is plenty.
    async Task WriteWhileDirtyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (Interlocked.Exchange(ref _dirty, 0) == 1)
                {
                    await WriteAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    async Task WriteAsync(CancellationToken cancellationToken)
    {
        var states = _latest.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ResourceState(
            r.Key,
            r.Value.ResourceType,
            r.Value.State?.Text,
            r.Value.HealthStatus?.ToString(),
            r.Value.Urls.FirstOrDefault(u => !u.IsInternal)?.Url,
            r.Value.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value is { } pid && int.TryParse(pid.ToString(), out var p) ? p : null,
            ledger.Count(r.Key))).ToList();

        var path = Path.Combine(options.DataDir, DataDirectory.ResourcesFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(new ResourceStates(clock.GetUtcNow(), states), Json), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
