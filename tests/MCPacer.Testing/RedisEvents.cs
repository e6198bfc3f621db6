using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace MCPacer.Testing;

/// <summary>Publishes on a test's real Redis as a service does (<see cref="RedisEventBus"/>), for services that listen.</summary>
public static class RedisEvents
{
    public static async Task PublishAsync<TEvent>(this RedisServer redis, TEvent @event) where TEvent : IIntegrationEvent
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        using var telemetry = new ServiceTelemetry("MCPacer.Tests");
        await new RedisEventBus(connection, telemetry, NullLogger<RedisEventBus>.Instance).PublishAsync(@event);
    }
}
