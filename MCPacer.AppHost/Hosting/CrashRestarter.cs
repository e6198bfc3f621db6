using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// Aspire does not restart a crashed resource. This watches every resource and, when one exits with a
/// non-zero code while the app runs, starts it again at once, then with backoff if it keeps crashing
/// (1 s, 2 s, 4 s ... 30 s; the count resets after a quiet minute). A clean exit (code 0, e.g. a stop from the Aspire dashboard) is left alone.
/// </summary>
sealed partial class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    RestartLedger ledger,
    TimeProvider clock,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    readonly ConcurrentDictionary<string, Crashes> _crashes = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (IsCrash(change.Snapshot) && _crashes.GetOrAdd(change.ResourceId, _ => new Crashes()).TryBeginRestart(change.Snapshot))
                {
                    _ = RestartAsync(change.ResourceId, change.Resource.Name, change.Snapshot.ExitCode!.Value, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    static bool IsCrash(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text is { } state
        && (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart)
        && snapshot.ExitCode is { } code && code != 0;

    async Task RestartAsync(string resourceId, string name, int exitCode, CancellationToken stoppingToken)
    {
        var crashes = _crashes[resourceId];
        var delay = crashes.NextDelay(clock.GetUtcNow());
        LogRestarting(name, exitCode, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (result.Success)
            {
                ledger.Record(name);
                LogRestarted(name);
            }
            else
            {
                LogRestartFailed(name, result.Message ?? "no reason given");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            crashes.EndRestart();
        }
    }

    /// <summary>One resource's recent crashes: at most one restart in flight, and the backoff that grows with them.</summary>
    sealed class Crashes
    {
        int _inFlight;
        int _recent;
        DateTimeOffset _last;
        DateTimeOffset? _handledStop;

        public bool TryBeginRestart(CustomResourceSnapshot snapshot)
        {
            // The same exit is reported several times (state, then exit code, then health): act on it once.
            if (snapshot.StopTimeStamp is { } stopped && stopped == _handledStop)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _inFlight, 1, 0) != 0)
            {
                return false;
            }

            _handledStop = snapshot.StopTimeStamp;
            return true;
        }

        public TimeSpan NextDelay(DateTimeOffset now)
        {
            _recent = now - _last > StableAfter ? 0 : _recent + 1;
            _last = now;
            if (_recent == 0)
            {
                return TimeSpan.Zero;
            }

            var delay = FirstBackoff * Math.Pow(2, _recent - 1);
            return delay < MaxDelay ? delay : MaxDelay;
        }

        public void EndRestart() => Interlocked.Exchange(ref _inFlight, 0);
    }

    [LoggerMessage(LogLevel.Warning, "{Resource} exited with code {ExitCode}; restarting it in {DelaySeconds:0.0} s")]
    partial void LogRestarting(string resource, int exitCode, double delaySeconds);

    [LoggerMessage(LogLevel.Information, "{Resource} restarted")]
    partial void LogRestarted(string resource);

    [LoggerMessage(LogLevel.Error, "{Resource} could not be restarted: {Reason}")]
    partial void LogRestartFailed(string resource, string reason);
}

/// <summary>How often each resource has been restarted after a crash (shown in resources.json).</summary>
internal sealed class RestartLedger
{
    readonly ConcurrentDictionary<string, int> _restarts = new();

    public event Action? Changed;

    public void Record(string resource)
    {
        _restarts.AddOrUpdate(resource, 1, (_, n) => n + 1);
        Changed?.Invoke();
    }

    public int Count(string resource) => _restarts.GetValueOrDefault(resource);
}
