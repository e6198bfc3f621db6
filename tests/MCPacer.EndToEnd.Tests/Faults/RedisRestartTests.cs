using System.Net;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Plans;
using MCPacer.Events;
using MCPacer.Testing;
using StackExchange.Redis;

namespace MCPacer.EndToEnd.Tests.Faults;

/// <summary>
/// redis-server killed with SIGKILL and restarted by the AppHost: the services keep serving reads and writes while it
/// is gone (the change events of those writes are lost, the data is not), and once it is back the events flow again.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RedisRestartTests(FaultStack faults)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    static readonly string[] Reads = ["/api/plans", "/api/coach/memory", "/api/strava/sync", "/api/strava/activities?per_page=1", "/terminal/sessions"];

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Services_keep_serving_without_redis_and_events_flow_again_once_it_is_back()
    {
        faults.Require();
        var (plan, date) = await faults.EditedRunAsync(Ct);
        using var gateway = faults.Gateway();
        await faults.WaitUntilServingAsync(Reads, Ct);
        var restartsBefore = await faults.RestartsAsync("redis");
        var pid = await faults.PidAsync("redis");
        Assert.Contains("redis-server", ProcessTree.CommandLine(pid));

        ProcessTree.Signal(pid, ProcessTree.SigKill);
        var killedAt = DateTime.UtcNow;
        var failedWhileDown = new List<string>();
        var readsWhileDown = 0;
        foreach (var read in Reads)
        {
            using var response = await gateway.GetAsync(read, Ct);
            readsWhileDown++;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failedWhileDown.Add($"{read}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            }
        }

        using var writtenWhileDown = await gateway.PutAsJsonAsync($"/api/plans/{plan}/runs/{date:yyyy-MM-dd}", new RunFields(Description: "written without redis"), Ct);
        using var memoryWhileDown = await gateway.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest("- written without redis"), Ct);

        await faults.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("redis", Ct).WaitAsync(TimeSpan.FromSeconds(90), Ct);
        var redisBackAfter = DateTime.UtcNow - killedAt;
        var (planChanged, memoryChanged, eventsAfter) = await EventsAfterRestartAsync(gateway, plan, date);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"kill -9 redis: back after {redisBackAfter.TotalSeconds:0.0} s; reads while down {readsWhileDown} ({failedWhileDown.Count} failed); "
            + $"writes while down {(int)writtenWhileDown.StatusCode}/{(int)memoryWhileDown.StatusCode}; events flowing {eventsAfter.TotalSeconds:0.0} s after it was back; "
            + $"cpu {File.ReadLines("/proc/pressure/cpu").First()}");

        Assert.False(ProcessTree.IsAlive(pid));
        Assert.True(await faults.RestartsAsync("redis") > restartsBefore, "the AppHost did not restart redis");
        Assert.Empty(failedWhileDown);
        Assert.Equal(HttpStatusCode.OK, writtenWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memoryWhileDown.StatusCode);
        Assert.Equal(plan, planChanged.PlanId);
        Assert.Equal("goals", memoryChanged.Section);
    }

    /// <summary>A plan edit and a memory write after the restart, until a subscriber hears both (the services reconnect by themselves).</summary>
    async Task<(PlanChanged, CoachMemoryChanged, TimeSpan)> EventsAfterRestartAsync(HttpClient gateway, string plan, DateOnly date)
    {
        var connectionString = await faults.Stack.App.GetConnectionStringAsync("redis", Ct);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString!);
        var planChanged = await FirstAsync<PlanChanged>(redis);
        var memoryChanged = await FirstAsync<CoachMemoryChanged>(redis);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var n = 1; !(planChanged.Task.IsCompleted && memoryChanged.Task.IsCompleted); n++)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "no change event reached a subscriber within 60 s of redis being back");
            (await gateway.PutAsJsonAsync($"/api/plans/{plan}/runs/{date:yyyy-MM-dd}", new RunFields(Description: $"after redis {n}"), Ct)).EnsureSuccessStatusCode();
            (await gateway.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest($"- after redis {n}"), Ct)).EnsureSuccessStatusCode();
            await Task.WhenAny(Task.WhenAll(planChanged.Task, memoryChanged.Task), Task.Delay(1000, Ct));
        }

        return (await planChanged.Task, await memoryChanged.Task, watch.Elapsed);
    }

    static async Task<TaskCompletionSource<TEvent>> FirstAsync<TEvent>(ConnectionMultiplexer redis) where TEvent : IIntegrationEvent
    {
        var received = new TaskCompletionSource<TEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = await redis.GetSubscriber().SubscribeAsync(RedisEventBus.ChannelOf<TEvent>());
        queue.OnMessage(message =>
        {
            if (JsonSerializer.Deserialize<TEvent>(message.Message.ToString(), Json) is { } @event)
            {
                received.TrySetResult(@event);
            }
        });
        return received;
    }
}
