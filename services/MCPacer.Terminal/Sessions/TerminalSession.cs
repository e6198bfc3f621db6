using System.Threading.Channels;
using MCPacer.Contracts.Terminal;
using MCPacer.Terminal.Pty;

namespace MCPacer.Terminal.Sessions;

/// <summary>
/// One program on a pseudo-terminal, outliving browser connections: its output goes into the scrollback and to the
/// attached browser, if any. While a browser is attached, its pace is the program's pace (backpressure); while none
/// is, output only fills the bounded scrollback.
/// </summary>
internal sealed partial class TerminalSession : IAsyncDisposable
{
    const int BatchBytes = 64 * 1024;

    readonly PseudoTerminal _pty;
    readonly ScrollbackBuffer _scrollback;
    readonly TimeProvider _time;
    readonly ILogger _logger;
    // Held while output goes to the scrollback and the browser, so an attaching browser's replay and the live
    // output that follows it are neither lost nor doubled.
    readonly SemaphoreSlim _gate = new(1, 1);
    readonly Task _pump;
    ITerminalClient? _client;
    long _lastActivityTicks;

    public TerminalSession(string id, string profile, string? persona, PseudoTerminal pty, TerminalSize size, byte[] notice,
        int scrollbackBytes, TimeProvider time, ILogger logger)
    {
        Id = id;
        Profile = profile;
        Persona = persona;
        Size = size;
        _pty = pty;
        _time = time;
        _logger = logger;
        _scrollback = new ScrollbackBuffer(scrollbackBytes);
        _scrollback.Append(notice);
        StartedAt = time.GetUtcNow();
        Touch();
        _pump = Task.Run(PumpAsync);
    }

    public string Id { get; }

    public string Profile { get; }

    public string? Persona { get; }

    public DateTimeOffset StartedAt { get; }

    public TerminalSize Size { get; private set; }

    public int? ExitCode { get; private set; }

    public DateTimeOffset LastActivityAt => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    public bool IsAttached => Volatile.Read(ref _client) is not null;

    public TerminalSessionInfo ToInfo() =>
        new(Id, Profile, _pty.ProcessId, Size.Cols, Size.Rows, StartedAt, LastActivityAt, IsAttached, ExitCode, Persona);

    public bool IsIdle(TimeSpan idleTimeout) => !IsAttached && _time.GetUtcNow() - LastActivityAt > idleTimeout;

    /// <summary>Types into the terminal; input after the program ended is dropped, as a real terminal drops it.</summary>
    public async Task WriteInputAsync(byte[] input, CancellationToken cancellationToken)
    {
        Touch();
        await _pty.WriteAsync(input, cancellationToken);
    }

    public void Resize(TerminalSize size)
    {
        Size = size;
        _pty.Resize(size);
    }

    /// <summary>Replays the scrollback to the client, then streams live output to it; a previous client is dropped.</summary>
    public async Task AttachAsync(ITerminalClient client, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _client, null)?.Abort();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Touch();
            var replay = _scrollback.Snapshot();
            if (replay.Length > 0 && !await client.SendOutputAsync(replay))
            {
                return;
            }

            if (ExitCode is { } code)
            {
                await client.SendExitAsync(code);
                return;
            }

            _client = client;
            LogAttached(_logger, Id, replay.Length);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Detach(ITerminalClient client)
    {
        if (Interlocked.CompareExchange(ref _client, null, client) == client)
        {
            Touch();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _client, null)?.Abort();
        await _pty.DisposeAsync();
        await _pump;
    }

    async Task PumpAsync()
    {
        while (await _pty.Output.WaitToReadAsync())
        {
            var chunk = NextBatch(_pty.Output);
            await _gate.WaitAsync();
            try
            {
                _scrollback.Append(chunk);
                if (_client is { } client && !await client.SendOutputAsync(chunk))
                {
                    Detach(client);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        var code = await _pty.Exited;
        await _gate.WaitAsync();
        try
        {
            ExitCode = code;
            if (Interlocked.Exchange(ref _client, null) is { } client)
            {
                await client.SendExitAsync(code);
            }
        }
        finally
        {
            _gate.Release();
        }

        Touch();
        LogExited(_logger, Id, _pty.ProcessId, code);
    }

    /// <summary>What the program wrote since the last send, up to 64 KiB: one frame instead of many small ones.</summary>
    static byte[] NextBatch(ChannelReader<byte[]> output)
    {
        output.TryRead(out var first);
        if (!output.TryPeek(out _))
        {
            return first!;
        }

        var batch = new List<byte[]> { first! };
        var length = first!.Length;
        while (length < BatchBytes && output.TryRead(out var next))
        {
            batch.Add(next);
            length += next.Length;
        }

        var joined = new byte[length];
        var offset = 0;
        foreach (var part in batch)
        {
            part.CopyTo(joined, offset);
            offset += part.Length;
        }

        return joined;
    }

    void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _time.GetUtcNow().UtcTicks);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Terminal session {SessionId} attached, {Bytes} bytes of scrollback replayed")]
    static partial void LogAttached(ILogger logger, string sessionId, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminal session {SessionId} (pid {ProcessId}) exited with code {ExitCode}")]
    static partial void LogExited(ILogger logger, string sessionId, int processId, int exitCode);
}
