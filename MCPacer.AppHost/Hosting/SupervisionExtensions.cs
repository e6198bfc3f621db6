using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MCPacer.AppHost.Hosting;

internal static class SupervisionExtensions
{
    /// <summary>Run mode only: restart crashed services, keep resources.json current, print the ready line; no DCP watchers.</summary>
    public static IDistributedApplicationBuilder AddSupervision(
        this IDistributedApplicationBuilder builder, MCPacerOptions options)
    {
        if (!builder.ExecutionContext.IsRunMode)
        {
            return builder;
        }

        // DCP starts a watcher process beside every resource (66 MB resident each, eleven of them) to end the resource if
        // DCP itself is killed. The services end themselves when their parent goes, and a redis-server left behind is
        // ended before the next one opens its data, so DCP does without them. Only the Aspire dashboard would outlive
        // a killed DCP; it holds no data and no fixed port.
        Environment.SetEnvironmentVariable("DCP_DISABLE_MONITOR_PROCESS", "true");

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<RestartLedger>();
        builder.Services.AddHostedService<CrashRestarter>();
        builder.Services.AddHostedService<ResourceStateFile>();
        builder.Services.AddHostedService<ReadyAnnouncer>();
        return builder;
    }
}
