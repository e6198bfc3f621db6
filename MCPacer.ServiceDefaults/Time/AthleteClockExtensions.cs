using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MCPacer.ServiceDefaults.Time;

public static class AthleteClockExtensions
{
    /// <summary>
    /// The athlete's clock (<see cref="AthleteClock"/>), its zone validated at start. The strava service sets the zone
    /// from its own store; the other services follow it (FollowStravaTimeZone in MCPacer.Events).
    /// </summary>
    public static TBuilder AddAthleteClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AthleteTimeOptions>()
            .BindConfiguration(AthleteTimeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<AthleteClock>();
        return builder;
    }
}
