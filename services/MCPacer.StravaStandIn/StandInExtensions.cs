using MCPacer.StravaStandIn.Athlete;
using MCPacer.StravaStandIn.OAuth;
using MCPacer.StravaStandIn.Traffic;

namespace MCPacer.StravaStandIn;

internal static class StandInExtensions
{
    /// <summary>Everything the stand-in registers: options (validated at start), the athlete, tokens, traffic rules.</summary>
    public static IHostApplicationBuilder AddStravaStandIn(this IHostApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, StandInOptions.SwitchMappings);
        builder.Services.AddOptions<StandInOptions>()
            .Bind(builder.Configuration.GetSection(StandInOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

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
