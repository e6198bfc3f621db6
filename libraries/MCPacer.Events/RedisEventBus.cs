using System.Diagnostics;
using System.Text.Json;
using MCPacer.Contracts.Events;
using MCPacer.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MCPacer.Events;

public sealed partial class RedisEventBus(IConnectionMultiplexer redis, ServiceTelemetry telemetry, ILogger<RedisEventBus> logger) : IEventBus
{
    const string ChannelPrefix = "mcpacer:";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RedisChannel ChannelOf<TEvent>() where TEvent : IIntegrationEvent =>
        RedisChannel.Literal(ChannelPrefix + TEvent.Topic);

    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        using var activity = telemetry.ActivitySource.StartActivity($"publish {TEvent.Topic}", ActivityKind.Producer);
        var payload = JsonSerializer.Serialize(@event, Json);
        try
        {
            var receivers = await redis.GetSubscriber().PublishAsync(ChannelOf<TEvent>(), payload).WaitAsync(cancellationToken);
            LogPublished(TEvent.Topic, receivers);
        }
        catch (RedisException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            LogNotPublished(TEvent.Topic, e);
        }
    }

    public async Task<IAsyncDisposable> SubscribeAsync<TEvent>(Func<TEvent, Task> handler, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        var subscriber = redis.GetSubscriber();
        var queue = await subscriber.SubscribeAsync(ChannelOf<TEvent>()).WaitAsync(cancellationToken);
        queue.OnMessage(async message =>
        {
            try
            {
                var @event = JsonSerializer.Deserialize<TEvent>(message.Message.ToString(), Json);
                if (@event is not null)
                {
                    await handler(@event);
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                LogBadEvent(TEvent.Topic, e);
            }
        });
        return new Subscription(queue);
    }

    sealed class Subscription(ChannelMessageQueue queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await queue.UnsubscribeAsync();
    }

    [LoggerMessage(LogLevel.Debug, "Published {Topic} to {Receivers} receivers")]
    partial void LogPublished(string topic, long receivers);

    [LoggerMessage(LogLevel.Warning, "Could not publish {Topic} on Redis; listeners will catch up on their next read")]
    partial void LogNotPublished(string topic, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Ignored an unreadable {Topic} event")]
    partial void LogBadEvent(string topic, Exception exception);
}
