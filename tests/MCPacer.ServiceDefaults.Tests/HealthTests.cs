using System.Net;
using MCPacer.Testing;
using Microsoft.AspNetCore.TestHost;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class HealthTests : IAsyncLifetime
{
    readonly RedisServer _redis = new();

    public ValueTask InitializeAsync() => _redis.InitializeAsync();

    public ValueTask DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task Health_turns_unhealthy_when_redis_goes_down_and_names_the_failed_check()
    {
        _redis.Require();
        await using var app = await ProbeService.StartAsync(redis: _redis);
        var client = app.GetTestClient();

        var before = await PollHealthAsync(client, HttpStatusCode.OK);
        _redis.Stop();
        var after = await PollHealthAsync(client, HttpStatusCode.ServiceUnavailable);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), before);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.Status);
        Assert.StartsWith("Unhealthy: ", after.Body);
        Assert.Contains("Redis", after.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("self", after.Body);
    }

    static async Task<(HttpStatusCode Status, string Body)> PollHealthAsync(HttpClient client, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode status;
        string body;
        do
        {
            using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (status == wanted)
            {
                break;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        return (status, body);
    }
}
