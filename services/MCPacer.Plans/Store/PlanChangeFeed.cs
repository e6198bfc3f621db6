using System.Threading.Channels;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using StackExchange.Redis;

namespace MCPacer.Plans.Store;

/// <summary>
/// Hands plan changes to Redis in the background: a write never waits for, or fails because of, the event bus.
/// </summary>
sealed partial class PlanChangeFeed(IEventBus bus, ILogger<PlanChangeFeed> logger) : BackgroundService
{
    readonly Channel<PlanChanged> _pending = Channel.CreateBounded<PlanChanged>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Publish(PlanChanged change) => _pending.Writer.TryWrite(change);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await bus.PublishAsync(change, stoppingToken);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                LogNotPublished(change.PlanId, change.Change, e);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not publish that plan {PlanId} was {Change}; live views will refresh on their next load")]
    partial void LogNotPublished(string planId, string change, Exception exception);
}
