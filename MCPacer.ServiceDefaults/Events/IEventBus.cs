using MCPacer.Contracts.Events;

namespace MCPacer.ServiceDefaults.Events;

/// <summary>Change events between services: one Redis channel per event type, JSON payloads.</summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;

    /// <summary>Calls <paramref name="handler"/> for every event of this type until the returned handle is disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync<TEvent>(Func<TEvent, Task> handler, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;
}
