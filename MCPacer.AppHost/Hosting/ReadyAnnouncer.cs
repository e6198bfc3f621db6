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

            Announce(options);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The ready line, with the token as it is now (after "Rotate access token" too).</summary>
    public static void Announce(MCPacerOptions options) =>
        Console.WriteLine(ReadyPrefix + ResourceCommands.OpenAddress(options.Port, AccessTokenFile.Read(options.DataDir)));
}
