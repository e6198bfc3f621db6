using MCPacer.Contracts.Events;
using MCPacer.ServiceDefaults.Events;
using StackExchange.Redis;

namespace MCPacer.Strava;

/// <summary>Publishes the service's change events; Redis being down never fails the change itself.</summary>
public sealed partial class StravaEventPublisher(IEventBus bus, ILogger<StravaEventPublisher> logger)
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

    [LoggerMessage(LogLevel.Warning, "Could not publish {Topic} on Redis; listeners will catch up on their next read")]
    partial void LogNotPublished(string topic, Exception exception);
}
