using MCPacer.StravaStandIn.Athlete;
using MCPacer.StravaStandIn.OAuth;
using MCPacer.StravaStandIn.Traffic;

namespace MCPacer.StravaStandIn;

public static class StandInExtensions
{
    /// <summary>Activity details kept in memory at once; the rest are simulated again when asked for.</summary>
    const int CachedDetails = 256;

    /// <summary>Everything the stand-in registers: options (validated at start), the athlete, tokens, traffic rules.</summary>
    public static IHostApplicationBuilder AddStravaStandIn(this IHostApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, StandInOptions.SwitchMappings);
        builder.Services.AddOptions<StandInOptions>()
            .Bind(builder.Configuration.GetSection(StandInOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddMemoryCache(cache => cache.SizeLimit = CachedDetails);
        builder.Services.AddSingleton<AthleteGenerator>();
        builder.Services.AddSingleton<ActivityCatalog>();
        builder.Services.AddSingleton<TokenStore>();
        builder.Services.AddSingleton<RateLimiter>();
        builder.Services.AddSingleton<TrafficStats>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddHostedService<SummaryWarmup>();
        return builder;
    }
}
