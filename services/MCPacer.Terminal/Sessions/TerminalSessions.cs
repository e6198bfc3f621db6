using System.Collections.Concurrent;
using System.Security.Cryptography;
using MCPacer.Contracts.Terminal;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Terminal.Pty;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Sessions;

/// <summary>The running terminal sessions, by id, within the configured limit; how many are open is a gauge.</summary>
internal sealed partial class TerminalSessions(
    IOptions<TerminalOptions> options,
    ProfileLauncher launcher,
    TimeProvider time,
    ILoggerFactory loggers,
    ServiceTelemetry telemetry) : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, TerminalSession> _sessions = Gauged(telemetry);
    readonly SemaphoreSlim _starting = new(1, 1);
    readonly ILogger _logger = loggers.CreateLogger<TerminalSessions>();

    static ConcurrentDictionary<string, TerminalSession> Gauged(ServiceTelemetry telemetry)
    {
        var sessions = new ConcurrentDictionary<string, TerminalSession>(StringComparer.Ordinal);
        telemetry.Meter.CreateObservableGauge(TelemetryNames.Instruments.TerminalSessions, () => sessions.Count, "{session}",
            "Terminal sessions open (coach and shell)");
        return sessions;
    }

    public IEnumerable<TerminalSession> All => _sessions.Values.OrderBy(session => session.StartedAt);

    public int MaxSessions => options.Value.MaxSessions;

    public bool TryGet(string id, out TerminalSession session) => _sessions.TryGetValue(id, out session!);

    /// <summary>
    /// Starts the profile's program, as <paramref name="persona"/> when given; null when the session limit is reached.
    /// The profile must be known and the persona checked.
    /// </summary>
    public async Task<TerminalSession?> StartAsync(string profile, string? persona, TerminalSize size, CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (_sessions.Count >= options.Value.MaxSessions)
            {
                return null;
            }

            var plan = await launcher.PlanAsync(profile, persona, size, cancellationToken);
            var pty = PseudoTerminal.Start(plan.Start, options.Value.KillGracePeriod, time);
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            var session = new TerminalSession(id, profile.ToLowerInvariant(), persona, pty, size, plan.Notice,
                options.Value.ScrollbackBytes, time, loggers.CreateLogger<TerminalSession>());
            _sessions[id] = session;
            LogStarted(_logger, id, profile, persona ?? "-", pty.ProcessId, plan.Start.Executable);
            return session;
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>Hangs up the session's processes (SIGHUP, then SIGKILL after the grace period) and forgets it.</summary>
    public async Task<bool> CloseAsync(string id)
    {
        if (!_sessions.TryRemove(id, out var session))
        {
            return false;
        }

        await session.DisposeAsync();
        LogClosed(_logger, id);
        return true;
    }

    public async Task CloseIdleAsync()
    {
        var idle = _sessions.Values.Where(session => session.IsIdle(options.Value.IdleTimeout)).ToList();
        foreach (var session in idle)
        {
            LogIdle(_logger, session.Id, options.Value.IdleTimeout);
        }

        await Task.WhenAll(idle.Select(session => CloseAsync(session.Id)));
    }

    public async ValueTask DisposeAsync() =>
        await Task.WhenAll(_sessions.Keys.ToList().Select(CloseAsync));

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminal session {SessionId} started: profile {Profile}, persona {Persona}, pid {ProcessId}, {Executable}")]
    static partial void LogStarted(ILogger logger, string sessionId, string profile, string persona, int processId, string executable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminal session {SessionId} closed")]
    static partial void LogClosed(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminal session {SessionId} idle for more than {IdleTimeout}; closing it")]
    static partial void LogIdle(ILogger logger, string sessionId, TimeSpan idleTimeout);
}
