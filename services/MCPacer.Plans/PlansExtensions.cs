using MCPacer.Plans.Store;

namespace MCPacer.Plans;

public static class PlansExtensions
{
    /// <summary>The plans service's options and services: plan files, the active plan, the demo plan, change events.</summary>
    public static TBuilder AddPlans<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AthleteTimeOptions>().BindConfiguration(AthleteTimeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PlansOptions>().BindConfiguration(PlansOptions.Section);

        // Unreadable route values and bodies throw, so that BadInput can say which parameter was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        builder.Services.AddSingleton<AthleteClock>();
        builder.Services.AddSingleton<PlanStore>();
        builder.Services.AddSingleton<ActivePlanSelector>();
        builder.Services.AddSingleton<PlanChangeFeed>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PlanChangeFeed>());
        builder.Services.AddHostedService<DemoPlanSeeder>();
        return builder;
    }
}
