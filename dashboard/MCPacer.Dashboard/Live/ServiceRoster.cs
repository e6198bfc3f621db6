using System.Collections.Concurrent;
using MCPacer.Contracts.Events;
using MCPacer.Events;

namespace MCPacer.Dashboard.Live;

/// <summary>The services the dashboard has heard announce themselves on the event bus, newest start first.</summary>
internal sealed class ServiceRoster
{
    readonly ConcurrentDictionary<string, ServiceStarted> _started = new();

    public event Action? Changed;

    public IReadOnlyList<ServiceStarted> Services =>
        [.. _started.Values.OrderByDescending(s => s.At)];

    public void Record(ServiceStarted started)
    {
        _started[started.Service] = started;
        Changed?.Invoke();
    }
}

/// <summary>Feeds the roster from Redis for as long as the dashboard runs.</summary>
sealed class ServiceRosterListener(IEventBus bus, ServiceRoster roster, IHostEnvironment environment) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var subscription = await bus.SubscribeAsync<ServiceStarted>(started =>
        {
            roster.Record(started);
            return Task.CompletedTask;
        }, stoppingToken);
        await bus.PublishAsync(new RollCall(environment.ApplicationName), stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}

internal static class LiveUpdatesExtensions
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services) => services
        .AddSingleton<ServiceRoster>()
        .AddHostedService<ServiceRosterListener>()
        .AddLiveFeed<CoachMemoryChanged>()
        .AddLiveFeed<SessionLogSaved>()
        .AddLiveFeed<SessionLogsDistilled>()
        .AddLiveFeed<BodyMapChanged>()
        .AddLiveFeed<PlanChanged>()
        .AddLiveFeed<StravaConnectionChanged>()
        .AddLiveFeed<StravaSyncProgressed>()
        .AddLiveFeed<StravaActivitiesChanged>()
        .AddLiveFeed<StravaRunAnnotated>();

    static IServiceCollection AddLiveFeed<TEvent>(this IServiceCollection services) where TEvent : IIntegrationEvent => services
        .AddSingleton<LiveFeed<TEvent>>()
        .AddHostedService<LiveFeedListener<TEvent>>();
}
