using MCPacer.Clients;
using MCPacer.ServiceDefaults.Security;
using MCPacer.Terminal.Sessions;
using MCPacer.Terminal.Workspace;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal;

internal static class TerminalExtensions
{
    public static TBuilder AddTerminal<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The terminal service runs pseudo-terminals through Linux libc.");
        }

        builder.Services.AddOptions<TerminalOptions>().BindConfiguration(TerminalOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TerminalOptions>, TerminalOptionsValidator>();
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddServiceClient<CoachClient>(CoachClient.ServiceName);
        builder.Services.AddSingleton<CoachingWorkspace>();
        builder.Services.AddSingleton<ProfileLauncher>();
        builder.Services.AddSingleton<PersonaCheck>();
        builder.Services.AddSingleton<TerminalSessions>();
        builder.Services.AddHostedService<IdleSessionReaper>();
        return builder;
    }
}
