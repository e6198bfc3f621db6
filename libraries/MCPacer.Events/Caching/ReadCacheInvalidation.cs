using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MCPacer.Events.Caching;

/// <summary>
/// Subscribes to the <see cref="ReadCacheEvents"/> (again every few seconds while Redis does not answer) and lets the
/// <see cref="ReadCache"/> serve only while they can arrive: a lost Redis connection suspends it, a restored one
/// (StackExchange.Redis subscribes again by itself) resumes it with every kept answer invalidated.
/// </summary>
sealed partial class ReadCacheInvalidation(
    ReadCache cache, ReadCacheEvents events, IEventBus bus, IConnectionMultiplexer redis, ILogger<ReadCacheInvalidation> logger)
    : BackgroundService
{
    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    volatile bool _subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionFailed += OnConnectionFailed;
        redis.ConnectionRestored += OnConnectionRestored;
        var subscriptions = new List<IAsyncDisposable>();
        try
        {
            while (!await TrySubscribeAsync(subscriptions, stoppingToken))
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }

            _subscribed = true;
            cache.Resume();
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            redis.ConnectionFailed -= OnConnectionFailed;
            redis.ConnectionRestored -= OnConnectionRestored;
            await UnsubscribeAsync(subscriptions);
        }
    }

    async Task<bool> TrySubscribeAsync(List<IAsyncDisposable> subscriptions, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var subscribe in events.Subscriptions)
            {
                subscriptions.Add(await subscribe(bus, cache.Invalidate, cancellationToken));
            }

            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogNotSubscribed(e.Message);
            await UnsubscribeAsync(subscriptions);
            return false;
        }
    }

    static async Task UnsubscribeAsync(List<IAsyncDisposable> subscriptions)
    {
        foreach (var subscription in subscriptions)
        {
            try
            {
                await subscription.DisposeAsync();
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Redis is gone: so is the subscription.
            }
        }

        subscriptions.Clear();
    }

    void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        cache.Suspend();
        LogSuspended(e.ConnectionType, e.FailureType);
    }

    void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (_subscribed)
        {
            cache.Resume();
        }
    }

    [LoggerMessage(LogLevel.Information, "Cached answers are built afresh until the change events can be followed (Redis: {Reason})")]
    partial void LogNotSubscribed(string reason);

    [LoggerMessage(LogLevel.Information, "Redis {ConnectionType} connection lost ({Failure}): cached answers are built afresh until it is back")]
    partial void LogSuspended(ConnectionType connectionType, ConnectionFailureType failure);
}
