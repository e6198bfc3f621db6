using System.Collections.Concurrent;
using MCPacer.Contracts;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Store;

/// <summary>
/// Watches the plans folder so that a plan edited, added or deleted by hand is announced at once (live views
/// refresh). Reads never depend on it: the store checks each file on every read anyway.
/// </summary>
sealed partial class PlanFileWatcher(PlanStore store, ILogger<PlanFileWatcher> logger) : BackgroundService
{
    /// <summary>An editor's save arrives as several events (truncate, write, rename); one read after they settle.</summary>
    static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    readonly ConcurrentDictionary<string, bool> _pending = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = new FileSystemWatcher(store.Directory, "*" + PlanFiles.Extension)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Refresh(e.Name, stoppingToken);
        watcher.Created += (_, e) => Refresh(e.Name, stoppingToken);
        watcher.Deleted += (_, e) => Refresh(e.Name, stoppingToken);
        watcher.Renamed += (_, e) => Refresh(e.Name, stoppingToken);
        watcher.Error += (_, e) => LogWatchError(e.GetException());
        watcher.EnableRaisingEvents = true;
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    void Refresh(string? fileName, CancellationToken stoppingToken)
    {
        if (Path.GetFileNameWithoutExtension(fileName) is { } name && Slug.TryParse(name, out var id) && id.Value == name
            && _pending.TryAdd(name, true))
        {
            _ = RefreshAsync(id, stoppingToken);
        }
    }

    async Task RefreshAsync(Slug id, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Settle, stoppingToken);
            _pending.TryRemove(id.Value, out _);
            await store.RefreshAsync(id, stoppingToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            LogRefreshFailed(id.Value, e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not re-read plan {PlanId} after it changed on disk")]
    partial void LogRefreshFailed(string planId, Exception exception);

    [LoggerMessage(LogLevel.Warning, "The plans folder watcher failed; hand edits are still read on the next request")]
    partial void LogWatchError(Exception exception);
}
