using System.Text.Json;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Testing;
using StackExchange.Redis;

namespace MCPacer.Strava.Tests;

/// <summary>Listens on the real Redis the way the dashboard does, for the first event of a type.</summary>
public static class RedisListener
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<TaskCompletionSource<TEvent>> FirstAsync<TEvent>(RedisServer redis, Func<TEvent, bool>? wanted = null)
        where TEvent : IIntegrationEvent
    {
        var received = new TaskCompletionSource<TEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var queue = await connection.GetSubscriber().SubscribeAsync(RedisEventBus.ChannelOf<TEvent>());
        queue.OnMessage(message =>
        {
            if (JsonSerializer.Deserialize<TEvent>(message.Message.ToString(), Json) is { } @event && (wanted is null || wanted(@event)))
            {
                received.TrySetResult(@event);
            }
        });
        _ = received.Task.ContinueWith(_ => connection.Dispose(), TaskScheduler.Default);
        return received;
    }
}
