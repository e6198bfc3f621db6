using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MCPacer.Events.Caching;

public static class ReadCacheExtensions
{
    /// <summary>
    /// The service's <see cref="ReadCache"/>, invalidated by the events <paramref name="invalidatedBy"/> names (none: the
    /// service owns all it caches and invalidates it itself). Needs <see cref="EventBusExtensions.AddEventBus"/> for events.
    /// </summary>
    public static TBuilder AddReadCache<TBuilder>(this TBuilder builder, Action<ReadCacheEvents>? invalidatedBy = null)
        where TBuilder : IHostApplicationBuilder
    {
        var events = new ReadCacheEvents();
        invalidatedBy?.Invoke(events);
        builder.Services.AddSingleton(events);
        builder.Services.AddSingleton<ReadCache>();
        if (events.Subscriptions.Count > 0)
        {
            builder.Services.AddHostedService<ReadCacheInvalidation>();
        }

        return builder;
    }
}
