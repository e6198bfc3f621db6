using MCPacer.Contracts.Events;
using MCPacer.ServiceDefaults.Telemetry;

namespace MCPacer.Events.Caching;

/// <summary>The change events, from the services that own data a service's cached answers quote, that make them out of date.</summary>
public sealed class ReadCacheEvents
{
    readonly List<Func<IEventBus, Action, CancellationToken, Task<IAsyncDisposable>>> _subscriptions = [];

    internal IReadOnlyList<Func<IEventBus, Action, CancellationToken, Task<IAsyncDisposable>>> Subscriptions => _subscriptions;

    /// <summary>Every <typeparamref name="TEvent"/> (or those <paramref name="when"/> picks) invalidates the cache.</summary>
    public ReadCacheEvents On<TEvent>(Func<TEvent, bool>? when = null) where TEvent : IIntegrationEvent
    {
        _subscriptions.Add((bus, invalidate, cancellationToken) => bus.SubscribeAsync<TEvent>(@event =>
        {
            if (when?.Invoke(@event) ?? true)
            {
                invalidate();
            }

            return Task.CompletedTask;
        }, cancellationToken));
        return this;
    }

    /// <summary>
    /// What changes the figures strava computes from the activities (loads, paces, projections): a sync, an RPE, the
    /// athlete profile, and strava starting again (an answer built while it was down says so).
    /// </summary>
    public ReadCacheEvents OnStravaTrainingChanges() => this
        .On<StravaActivitiesChanged>()
        .On<StravaRunAnnotated>(e => e.Change == StravaRunAnnotated.Rpe)
        .On<AthleteProfileChanged>()
        .On<ServiceStarted>(e => e.Service == TelemetryNames.Strava);
}
