using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Strava.Client;

namespace MCPacer.Strava.Sync;

/// <summary>
/// The sync's progress for GET /api/strava/sync, published on Redis at each phase change, at most
/// once a second in between, and whenever the sync starts waiting for a rate-limit window. Its backlog (what the
/// current phase has still to fetch) is a gauge.
/// </summary>
internal sealed class SyncProgressReporter
{
    static readonly TimeSpan PublishInterval = TimeSpan.FromSeconds(1);

    readonly IEventBus _events;
    readonly TimeProvider _clock;
    readonly RateLimitBudget _budget;
    readonly Lock _lock = new();
    StravaSyncProgress _current;
    DateTimeOffset _lastPublished = DateTimeOffset.MinValue;

    public SyncProgressReporter(IEventBus events, TimeProvider clock, RateLimitBudget budget, ServiceTelemetry telemetry)
    {
        _events = events;
        _clock = clock;
        _budget = budget;
        _current = new StravaSyncProgress(SyncPhases.Idle, 0, 0, null, null, clock.GetUtcNow(), 0, null);
        budget.Waiting += until => _ = PublishAsync(Current with { NextWindowAt = until }, CancellationToken.None);
        telemetry.Meter.CreateObservableGauge(TelemetryNames.Instruments.SyncBacklog, () => Backlog(Current), "{item}",
            "Items the current sync phase has still to fetch from Strava (pages, details or streams)");
    }

    public StravaSyncProgress Current
    {
        get
        {
            lock (_lock)
            {
                return _current with { NextWindowAt = _budget.WaitingUntil };
            }
        }
    }

    static int Backlog(StravaSyncProgress progress) => Math.Max(0, progress.Total - progress.Done);

    public Task ReportAsync(string phase, int done, int total, int activities, DateTimeOffset? lastCompletedAt, string? message,
        CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        bool publish;
        StravaSyncProgress progress;
        lock (_lock)
        {
            publish = phase != _current.Phase || done == total || now - _lastPublished >= PublishInterval;
            _current = progress = new StravaSyncProgress(phase, done, total, null, lastCompletedAt, now, activities, message);
        }

        return publish ? PublishAsync(progress, cancellationToken) : Task.CompletedTask;
    }

    async Task PublishAsync(StravaSyncProgress progress, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _lastPublished = _clock.GetUtcNow();
        }

        await _events.PublishAsync(new StravaSyncProgressed(progress), cancellationToken);
    }
}
