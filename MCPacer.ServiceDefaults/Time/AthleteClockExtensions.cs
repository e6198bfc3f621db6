using MCPacer.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MCPacer.ServiceDefaults.Time;

public static class AthleteClockExtensions
{
    /// <summary>
    /// The athlete's clock (<see cref="AthleteClock"/>), its zone validated at start. A service other than strava
    /// follows the zone the strava service reports (<paramref name="followStrava"/>); strava sets it from its own store.
    /// </summary>
    public static TBuilder AddAthleteClock<TBuilder>(this TBuilder builder, bool followStrava) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AthleteTimeOptions>()
            .BindConfiguration(AthleteTimeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<AthleteClock>();
        if (followStrava)
        {
            builder.Services.AddHttpClient(StravaTimeZoneFollower.ClientName, http => http.BaseAddress = new Uri("http://strava"))
                .AddHttpMessageHandler<AccessTokenForwardingHandler>();
            builder.Services.AddHostedService<StravaTimeZoneFollower>();
        }

        return builder;
    }
}
