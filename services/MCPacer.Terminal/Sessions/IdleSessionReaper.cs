using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Sessions;

/// <summary>Closes sessions nobody has been connected to or typed into for Terminal:IdleTimeout.</summary>
internal sealed class IdleSessionReaper(TerminalSessions sessions, IOptions<TerminalOptions> options, TimeProvider time) : BackgroundService
{
    static readonly TimeSpan LongestInterval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.IdleTimeout / 4 < LongestInterval ? options.Value.IdleTimeout / 4 : LongestInterval;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await sessions.CloseIdleAsync();
        }
    }
}
