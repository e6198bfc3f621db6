using System.Net.Http.Json;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.ServiceDefaults.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MCPacer.Events;

/// <summary>
/// Keeps the <see cref="AthleteClock"/> of a service other than strava on the athlete's zone as Strava knows it: asks
/// the strava service at start (again every few seconds until it answers) and whenever a sync changed activities, or
/// every few minutes while Redis cannot tell it so. Neither a strava service nor a Redis that is down ends the service.
/// </summary>
sealed partial class StravaTimeZoneFollower(
    IHttpClientFactory clients, AthleteClock clock, IEventBus events, ILogger<StravaTimeZoneFollower> logger) : BackgroundService
{
    public const string ClientName = "strava-time-zone";

    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(3);
    static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscription = await SubscribeAsync(stoppingToken);
        try
        {
            while (!await RefreshAsync(stoppingToken))
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }

            while (true)
            {
                await Task.Delay(subscription is null ? PollInterval : Timeout.InfiniteTimeSpan, stoppingToken);
                await RefreshAsync(stoppingToken);
            }
        }
        finally
        {
            if (subscription is not null)
            {
                await subscription.DisposeAsync();
            }
        }
    }

    async Task<IAsyncDisposable?> SubscribeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await events.SubscribeAsync<StravaActivitiesChanged>(_ => RefreshAsync(cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNoEvents(e.Message);
            return null;
        }
    }

    async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var answer = await clients.CreateClient(ClientName).GetFromJsonAsync<AthleteTimeZone>(AthleteTimeZone.Path, cancellationToken);
            clock.FollowStrava(answer?.TimeZone);
            LogFollowing(clock.Zone.Id, clock.Source);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotYet(e.Message);
            return false;
        }
    }

    [LoggerMessage(LogLevel.Debug, "The athlete's dates are counted in {TimeZone} ({Source})")]
    partial void LogFollowing(string timeZone, AthleteTimeZoneSource source);

    [LoggerMessage(LogLevel.Debug, "The strava service did not tell the athlete's time zone yet: {Reason}")]
    partial void LogNotYet(string reason);

    [LoggerMessage(LogLevel.Information, "No sync events (Redis: {Reason}); the athlete's time zone is asked for every 5 minutes instead")]
    partial void LogNoEvents(string reason);
}
