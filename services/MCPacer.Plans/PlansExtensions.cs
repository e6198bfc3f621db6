using MCPacer.Clients;
using MCPacer.Events;
using MCPacer.Events.Caching;
using MCPacer.Plans.Adherence;
using MCPacer.Plans.Calendar;
using MCPacer.Plans.Context;
using MCPacer.Plans.Projection;
using MCPacer.Plans.Store;
using MCPacer.ServiceDefaults.Security;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans;

internal static class PlansExtensions
{
    /// <summary>The plans service's options and services: plan files, the active plan, the demo plan, change events.</summary>
    public static TBuilder AddPlans<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddAthleteClockFollowingStrava();
        builder.Services.AddOptions<PlansOptions>().BindConfiguration(PlansOptions.Section);

        builder.Services.AddSingleton<PlanStore>();
        builder.Services.AddSingleton<ActivePlanSelector>();
        builder.Services.AddSingleton<CalendarToken>();
        builder.Services.AddTransient<AdherenceService>();
        builder.Services.AddSingleton<PlanChangeFeed>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PlanChangeFeed>());
        builder.Services.AddHostedService<DemoPlanSeeder>();
        builder.Services.AddHostedService<PlanFileWatcher>();

        // A page waiting on adherence or a projection should hear "strava is down" in about a second, not after the default retries.
        builder.Services.AddServiceClient<StravaActivitiesClient>(StravaActivitiesClient.ServiceName).WithQuickFailure();
        builder.Services.AddServiceClient<StravaClient>(StravaClient.ServiceName).WithQuickFailure();
        builder.Services.AddTransient<PlanProjections>();
        builder.Services.AddTransient<PlanScienceReader>();
        builder.AddReadCache(events => events.OnStravaTrainingChanges());
        return builder;
    }

    static void WithQuickFailure(this IHttpClientBuilder client)
    {
#pragma warning disable EXTEXP0001 // experimental, but the documented way to replace the default handler for one client
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.MaxRetryAttempts = 1;
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
        });
    }
}
