using Quartz;

namespace MCPacer.Strava.Sync;

/// <summary>The Quartz job: every SyncIntervalMinutes and on demand; never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class StravaSyncJob(StravaSyncRunner runner, Auth.SecretStore secrets) : IJob
{
    public static readonly JobKey Key = new("strava-sync");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await secrets.ReadTokensAsync(cancellationToken) is { NeedsReconnect: false })
        {
            await runner.RunAsync(cancellationToken);
        }
    }
}
