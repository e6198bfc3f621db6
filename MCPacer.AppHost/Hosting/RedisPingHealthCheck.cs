using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MCPacer.AppHost.Hosting;

/// <summary>Healthy when redis-server accepts our password and answers PING (RESP, no client library needed).</summary>
sealed class RedisPingHealthCheck(RedisServerResource redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.Endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("redis-server has no port yet");
        }

        try
        {
            var password = await redis.Password.GetValueAsync(cancellationToken);
            using var client = new TcpClient();
            await client.ConnectAsync(redis.Endpoint.Host, redis.Endpoint.Port, cancellationToken);
            await using var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {password}\r\nPING\r\n"), cancellationToken);

            using var reader = new StreamReader(stream, Encoding.ASCII);
            var auth = await reader.ReadLineAsync(cancellationToken);
            var ping = await reader.ReadLineAsync(cancellationToken);
            return auth == "+OK" && ping == "+PONG"
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"redis-server answered '{auth}' to AUTH and '{ping}' to PING");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return HealthCheckResult.Unhealthy("redis-server is not answering", e);
        }
    }
}
