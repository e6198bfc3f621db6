using MCPacer.Clients;
using MCPacer.Contracts.Events;
using MCPacer.ServiceDefaults.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MCPacer.Events;

public static class EventBusExtensions
{
    public const string RedisResourceName = "redis";

    /// <summary>Redis (health check, logging and tracing from Aspire's client) and the typed event bus on it.</summary>
    public static TBuilder AddEventBus<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddRedisClient(RedisResourceName);
        builder.Services.AddSingleton<IEventBus, RedisEventBus>();
        builder.Services.AddHostedService<StartupAnnouncer>();
        return builder;
    }

    /// <summary>The athlete's clock, kept on the time zone the strava service reports (<see cref="StravaTimeZoneFollower"/>).</summary>
    public static TBuilder AddAthleteClockFollowingStrava<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddAthleteClock();
        var strava = builder.Services.AddServiceClient(StravaTimeZoneFollower.ClientName, StravaClient.ServiceName)
            .ConfigureHttpClient(http => http.Timeout = TimeSpan.FromSeconds(10));

        // The follower asks again every few seconds until strava answers; the standard retries would only add an
        // Error log line per start, while strava is still starting. RemoveAllResilienceHandlers is marked experimental.
#pragma warning disable EXTEXP0001
        strava.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddHostedService<StravaTimeZoneFollower>();
        return builder;
    }
}

/// <summary>
/// Announces on the bus that this service is up, and again whenever a listener asks for a roll call
/// (the dashboard may start after the services it lists).
/// </summary>
sealed partial class StartupAnnouncer(
    IEventBus bus, IHostEnvironment environment, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<StartupAnnouncer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        var startedAt = clock.GetUtcNow();
        try
        {
            await using var rollCalls = await bus.SubscribeAsync<RollCall>(_ => AnnounceAsync(startedAt, stoppingToken), stoppingToken);
            await AnnounceAsync(startedAt, stoppingToken);
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (RedisException e)
        {
            LogNotAnnounced(e);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    Task AnnounceAsync(DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        bus.PublishAsync(new ServiceStarted(environment.ApplicationName, startedAt), cancellationToken);

    [LoggerMessage(LogLevel.Warning, "Could not announce the start on Redis; the dashboard will not list this service until it restarts")]
    partial void LogNotAnnounced(Exception exception);
}
