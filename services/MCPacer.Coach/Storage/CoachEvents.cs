using MCPacer.Contracts.Events;
using MCPacer.ServiceDefaults.Events;
using StackExchange.Redis;

namespace MCPacer.Coach.Storage;

/// <summary>Publishes the coach's change events; a Redis outage costs the live refresh, never the write that already happened.</summary>
public sealed partial class CoachEvents(IEventBus bus, ILogger<CoachEvents> logger)
{
    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken) where TEvent : IIntegrationEvent
    {
        try
        {
            await bus.PublishAsync(@event, cancellationToken);
        }
        catch (RedisException e)
        {
            LogNotPublished(TEvent.Topic, e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not publish {Topic} on Redis; listeners will refresh later")]
    partial void LogNotPublished(string topic, Exception exception);
}
