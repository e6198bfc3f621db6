using Quartz;

namespace MCPacer.Strava.Sync;

/// <summary>Starts a sync now (after connecting, or when someone asks); queued behind one that is running.</summary>
internal sealed class SyncTrigger(ISchedulerFactory schedulers)
{
    public async Task TriggerNowAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(StravaSyncJob.Key, cancellationToken);
    }
}
