using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class EventBusTests : IAsyncLifetime
{
    readonly RedisServer _redis = new();

    public ValueTask InitializeAsync() => _redis.InitializeAsync();

    public ValueTask DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task A_published_event_reaches_a_subscriber_as_the_same_record()
    {
        _redis.Require();
        await using var app = await ProbeService.StartAsync(redis: _redis);
        var bus = app.Services.GetRequiredService<IEventBus>();
        var received = new TaskCompletionSource<ServiceStarted>();
        var sent = new ServiceStarted("MCPacer.Elsewhere", new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero));

        await using (await bus.SubscribeAsync<ServiceStarted>(e =>
                     {
                         if (e.Service == sent.Service)
                         {
                             received.TrySetResult(e);
                         }

                         return Task.CompletedTask;
                     }, TestContext.Current.CancellationToken))
        {
            await bus.PublishAsync(sent, TestContext.Current.CancellationToken);

            Assert.Equal(sent, await received.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task A_service_answers_a_roll_call_by_announcing_itself()
    {
        _redis.Require();
        await using var app = await ProbeService.StartAsync(redis: _redis);
        var bus = app.Services.GetRequiredService<IEventBus>();
        var announced = new TaskCompletionSource();

        await using (await bus.SubscribeAsync<ServiceStarted>(e =>
                     {
                         if (e.Service == "MCPacer.Probe")
                         {
                             announced.TrySetResult();
                         }

                         return Task.CompletedTask;
                     }, TestContext.Current.CancellationToken))
        {
            // The probe subscribes to roll calls just after it starts: ask until it answers.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!announced.Task.IsCompleted && DateTime.UtcNow < deadline)
            {
                await bus.PublishAsync(new RollCall("test"), TestContext.Current.CancellationToken);
                await Task.WhenAny(announced.Task, Task.Delay(300, TestContext.Current.CancellationToken));
            }

            Assert.True(announced.Task.IsCompleted, "the probe did not answer the roll call within 10 s");
        }
    }

    [Fact]
    public async Task Publishing_while_redis_is_down_never_fails_the_caller()
    {
        await using var app = await ProbeService.StartAsync();
        var bus = app.Services.GetRequiredService<IEventBus>();

        var error = await Record.ExceptionAsync(() =>
            bus.PublishAsync(new ServiceStarted("MCPacer.Probe", DateTimeOffset.UnixEpoch), TestContext.Current.CancellationToken));

        Assert.Null(error);
    }
}
