using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// Prints the one line a runner needs once every service is healthy: the gateway's address with the
/// access token (the gateway swaps it for a cookie at once). Written to the console only, never to a log.
/// </summary>
sealed class ReadyAnnouncer(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    HealthCheckService healthChecks,
    MCPacerOptions options,
    IResourceBuilder<ParameterResource> accessToken,
    TimeProvider time) : BackgroundService
{
    public const string ReadyPrefix = "MCPacer is ready at ";
    static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var supervised = model.Resources.Where(r => r is ServiceResource or RedisServerResource).ToList();
            await Task.WhenAll(supervised.Select(r => notifications.WaitForResourceAsync(r.Name, KnownResourceStates.Running, stoppingToken)));

            // Aspire re-checks a resource that is not healthy yet after 1, 2, 3, 4, then every 5 s, so its verdict on the
            // slowest service trails by seconds; asking the same registered checks every 250 ms tells the runner at once.
            // A service that has answered healthy is not asked again: the others are still starting on the same cores.
            var pending = supervised.SelectMany(r => r.Annotations.OfType<HealthCheckAnnotation>()).Select(a => a.Key).ToHashSet();
            while (true)
            {
                var report = await healthChecks.CheckHealthAsync(check => pending.Contains(check.Name), stoppingToken);
                pending.ExceptWith(report.Entries.Where(e => e.Value.Status == HealthStatus.Healthy).Select(e => e.Key));
                if (pending.Count == 0)
                {
                    break;
                }

                await Task.Delay(ProbeInterval, time, stoppingToken);
            }

            var token = await accessToken.Resource.GetValueAsync(stoppingToken);
            Console.WriteLine($"{ReadyPrefix}http://127.0.0.1:{options.Port}/?token={token}");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
