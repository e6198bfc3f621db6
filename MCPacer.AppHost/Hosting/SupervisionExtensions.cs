using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MCPacer.AppHost.Hosting;

public static class SupervisionExtensions
{
    /// <summary>Run mode only: restart crashed services, keep resources.json current, print the ready line.</summary>
    public static IDistributedApplicationBuilder AddSupervision(
        this IDistributedApplicationBuilder builder, MCPacerOptions options, IResourceBuilder<ParameterResource> accessToken)
    {
        if (!builder.ExecutionContext.IsRunMode)
        {
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(accessToken);
        builder.Services.AddSingleton<RestartLedger>();
        builder.Services.AddHostedService<CrashRestarter>();
        builder.Services.AddHostedService<ResourceStateFile>();
        builder.Services.AddHostedService<ReadyAnnouncer>();
        return builder;
    }
}
