using MCPacer.Contracts.Events;
using MCPacer.Events;

namespace MCPacer.Dashboard.Live;

/// <summary>
/// One kind of change event, heard once per dashboard process from Redis and handed to every open page that
/// listens: a page adds a handler when it opens and removes it when it closes.
/// </summary>
public sealed class LiveFeed<TEvent> where TEvent : IIntegrationEvent
{
    public event Action<TEvent>? Received;

    internal void Publish(TEvent @event) => Received?.Invoke(@event);
}

sealed class LiveFeedListener<TEvent>(IEventBus bus, LiveFeed<TEvent> feed) : BackgroundService
    where TEvent : IIntegrationEvent
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var subscription = await bus.SubscribeAsync<TEvent>(@event =>
        {
            feed.Publish(@event);
            return Task.CompletedTask;
        }, stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
