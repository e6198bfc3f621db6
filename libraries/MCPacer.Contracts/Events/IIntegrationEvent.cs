namespace MCPacer.Contracts.Events;

/// <summary>A change one service announces on the event bus; each event type has its own channel.</summary>
public interface IIntegrationEvent
{
    static abstract string Topic { get; }
}
