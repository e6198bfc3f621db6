using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MCPacer.ServiceDefaults.Lifetime;

/// <summary>
/// Stops the service once the process that started it has gone (the kernel then hands the service to another parent).
/// The AppHost turns this on and DCP's own watchers off: DCP would otherwise run one 66 MB watcher process per resource.
/// </summary>
sealed partial class ParentProcessWatch(IHostApplicationLifetime lifetime, TimeProvider time, ILogger<ParentProcessWatch> logger)
    : BackgroundService
{
    public const string SettingKey = "MCPacer:ExitWithParent";
    static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parent = getppid();
        using var timer = new PeriodicTimer(CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (getppid() != parent)
            {
                LogParentGone(parent);
                lifetime.StopApplication();
                return;
            }
        }
    }

    [LibraryImport("libc")]
    private static partial int getppid();

    [LoggerMessage(LogLevel.Warning, "The process that started this service ({ParentPid}) has exited; stopping")]
    partial void LogParentGone(int parentPid);
}
