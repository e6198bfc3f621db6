using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Auth;

/// <summary>In demo mode, connects the demo athlete once the service has started (retrying while the stand-in starts).</summary>
internal sealed partial class DemoAthleteStartup(
    IServiceProvider services,
    SecretStore secrets,
    IOptions<StravaOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<DemoAthleteStartup> logger) : BackgroundService
{
    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    const int Attempts = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        if (await secrets.ReadTokensAsync(stoppingToken) is { NeedsReconnect: false }
            && (await secrets.ReadCredentialsAsync(stoppingToken))?.ClientId == options.Value.DemoClientId)
        {
            return;
        }

        for (var attempt = 1; attempt <= Attempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var problem = await services.GetRequiredService<DemoAthleteConnector>().ConnectAsync(stoppingToken);
                if (problem is null)
                {
                    return;
                }

                LogNotYet(attempt, problem);
            }
            catch (Exception e) when (e is HttpRequestException or StravaUnavailableException or StravaGrantRejectedException)
            {
                LogNotYet(attempt, e.Message);
            }

            await Task.Delay(RetryDelay, clock, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Demo athlete not connected yet (attempt {Attempt}): {Reason}")]
    partial void LogNotYet(int attempt, string reason);
}
