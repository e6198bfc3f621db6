using Microsoft.Extensions.Hosting;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// Prints the one line a runner needs once every service is healthy: the gateway's address with the
/// access token (the gateway swaps it for a cookie at once). Written to the console only, never to a log.
/// </summary>
sealed class ReadyAnnouncer(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    MCPacerOptions options,
    IResourceBuilder<ParameterResource> accessToken) : BackgroundService
{
    public const string ReadyPrefix = "MCPacer is ready at ";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var services = model.Resources.Where(r => r is ServiceResource or RedisServerResource).Select(r => r.Name);
            await Task.WhenAll(services.Select(name => notifications.WaitForResourceHealthyAsync(name, stoppingToken)));

            var token = await accessToken.Resource.GetValueAsync(stoppingToken);
            Console.WriteLine($"{ReadyPrefix}http://127.0.0.1:{options.Port}/?token={token}");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
