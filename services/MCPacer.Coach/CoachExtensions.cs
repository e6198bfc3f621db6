using MCPacer.Clients;
using MCPacer.Coach.Api;
using MCPacer.Coach.BodyMap;
using MCPacer.Coach.Memory;
using MCPacer.Coach.Personas;
using MCPacer.Coach.Prompts;
using MCPacer.Coach.Sessions;
using MCPacer.Coach.Storage;
using MCPacer.Events;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Security;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Coach;

internal static class CoachExtensions
{
    /// <summary>Everything the coach service registers: its options, file stores, personas and prompts.</summary>
    public static TBuilder AddCoach<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<CoachOptions>()
            .BindConfiguration(CoachOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.AddAthleteClockFollowingStrava();
        builder.Services.AddSingleton<CoachPaths>();
        builder.Services.AddSingleton<MemoryHistory>();
        builder.Services.AddSingleton<MemoryStore>();
        builder.Services.AddSingleton<SessionLogStore>();
        builder.Services.AddSingleton<PersonaCatalog>();
        builder.Services.AddSingleton<BodyMapStore>();
        builder.Services.AddSingleton<CoachingPrompts>();
        builder.Services.AddServiceClient<StravaClient>(StravaClient.ServiceName);
        builder.Services.AddTransient<LoadLineReader>();
        builder.AddReadCache(events => events.OnStravaTrainingChanges());
        builder.Services.AddTransient<SessionContextReader>();
        builder.Services.AddExceptionHandler<DataFileExceptionHandler>();
        return builder;
    }
}
