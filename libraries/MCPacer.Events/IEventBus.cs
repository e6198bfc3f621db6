using MCPacer.Contracts.Events;

namespace MCPacer.Events;

/// <summary>Change events between services: one Redis channel per event type, JSON payloads.</summary>
public interface IEventBus
{
    /// <summary>
    /// Best effort: an event only tells listeners to refresh, and the change it announces is already saved,
    /// so a Redis outage is logged here and never fails the caller's write.
    /// </summary>
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;

    /// <summary>Calls <paramref name="handler"/> for every event of this type until the returned handle is disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync<TEvent>(Func<TEvent, Task> handler, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;
}
