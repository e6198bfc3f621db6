using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;
using MCPacer.Contracts.Terminal;

namespace MCPacer.Terminal.Pty;

/// <summary>
/// A Unix pseudo-terminal with one child process on its slave side. Output is read from the master on a dedicated
/// thread into a bounded channel: when nobody drains it the thread stops reading, the kernel buffer fills and the
/// child blocks in write(), so a slow reader never grows memory. Input goes through a bounded channel to a writer thread.
/// </summary>
internal sealed class PseudoTerminal : IAsyncDisposable
{
    const int ReadBufferSize = 16 * 1024;
    const int OutputChunks = 16;
    const int InputChunks = 64;
    const int PollMilliseconds = 200;
    static readonly TimeSpan TerminatePollInterval = TimeSpan.FromMilliseconds(50);

    readonly int _master;
    readonly TimeSpan _killGrace;
    readonly TimeProvider _time;
    readonly Channel<byte[]> _output = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(OutputChunks) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    readonly Channel<byte[]> _input = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(InputChunks) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly CancellationTokenSource _closing = new();
    readonly Thread _reader;
    readonly Thread _writer;
    readonly Thread _waiter;
    readonly Lock _reaping = new();
    bool _leaderReaped;
    int _disposed;

    PseudoTerminal(int master, int processId, TimeSpan killGrace, TimeProvider time)
    {
        _master = master;
        _killGrace = killGrace;
        _time = time;
        ProcessId = processId;
        _reader = StartThread(ReadLoop, $"pty-read {processId}");
        _writer = StartThread(WriteLoop, $"pty-write {processId}");
        _waiter = StartThread(WaitLoop, $"pty-wait {processId}");
    }

    /// <summary>The child's pid; it leads its own session and process group.</summary>
    public int ProcessId { get; }

    /// <summary>What the child writes, in order; completes when no process holds the slave any more.</summary>
    public ChannelReader<byte[]> Output => _output.Reader;

    /// <summary>The child's exit code (128 + signal when a signal ended it).</summary>
    public Task<int> Exited => _exited.Task;

    public static PseudoTerminal Start(PtyStartInfo start, TimeSpan killGrace, TimeProvider time)
    {
        var master = LibC.posix_openpt(LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_CLOEXEC);
        if (master < 0)
        {
            throw new PtyException("posix_openpt", LibC.LastError);
        }

        try
        {
            Check(LibC.grantpt(master), "grantpt");
            Check(LibC.unlockpt(master), "unlockpt");
            var slavePath = SlavePath(master);
            SetWindowSize(master, start.Size);
            Check(LibC.fcntl(master, LibC.F_SETFL, LibC.fcntl(master, LibC.F_GETFL, 0) | LibC.O_NONBLOCK), "fcntl(O_NONBLOCK)");
            var pid = Spawn(start, slavePath);
            return new PseudoTerminal(master, pid, killGrace, time);
        }
        catch
        {
            LibC.close(master);
            throw;
        }
    }

    /// <summary>
    /// Queues input for the child; waits (never buffers without bound) when the child does not read.
    /// False when the terminal is closed and the input has nowhere to go.
    /// </summary>
    public async ValueTask<bool> WriteAsync(byte[] data, CancellationToken cancellationToken)
    {
        while (await _input.Writer.WaitToWriteAsync(cancellationToken))
        {
            if (_input.Writer.TryWrite(data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets the window size; the kernel sends SIGWINCH to the foreground process group.</summary>
    public void Resize(TerminalSize size)
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            SetWindowSize(_master, size);
        }
    }

    /// <summary>SIGHUP to the child's session and group, SIGKILL after the grace period, then the master is closed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _input.Writer.TryComplete();
        await TerminateSessionAsync();
        await _closing.CancelAsync();
        await Task.Run(() =>
        {
            _reader.Join();
            _writer.Join();
            _waiter.Join();
        });
        LibC.close(_master);
        _closing.Dispose();
    }

    // posix_spawn with POSIX_SPAWN_SETSID rather than `setsid --ctty`: glibc (2.26+) runs setsid() in the child before
    // the file actions, so the child, a session leader without a terminal, opens the slave (no O_NOCTTY) and it becomes
    // its controlling terminal. One exec, no dependency on util-linux, and no fork() of the managed runtime.
    static unsafe int Spawn(PtyStartInfo start, string slavePath)
    {
        var attributes = NativeMemory.AllocZeroed(LibC.OpaqueSize);
        var actions = NativeMemory.AllocZeroed(LibC.OpaqueSize);
        var signals = NativeMemory.AllocZeroed(LibC.OpaqueSize);
        using var strings = new NativeStrings();
        try
        {
            Check0(LibC.posix_spawnattr_init(attributes), "posix_spawnattr_init");
            Check0(LibC.posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
            Check0(LibC.posix_spawnattr_setflags(attributes,
                (short)(LibC.POSIX_SPAWN_SETSID | LibC.POSIX_SPAWN_SETSIGDEF | LibC.POSIX_SPAWN_SETSIGMASK)), "posix_spawnattr_setflags");

            // .NET ignores SIGPIPE and an ignored disposition survives exec: give the child every default back, nothing blocked.
            LibC.sigfillset(signals);
            Check0(LibC.posix_spawnattr_setsigdefault(attributes, signals), "posix_spawnattr_setsigdefault");
            LibC.sigemptyset(signals);
            Check0(LibC.posix_spawnattr_setsigmask(attributes, signals), "posix_spawnattr_setsigmask");

            Check0(LibC.posix_spawn_file_actions_addopen(actions, 0, strings.Add(slavePath), LibC.O_RDWR, 0), "addopen");
            Check0(LibC.posix_spawn_file_actions_adddup2(actions, 0, 1), "adddup2");
            Check0(LibC.posix_spawn_file_actions_adddup2(actions, 0, 2), "adddup2");
            Check0(LibC.posix_spawn_file_actions_addclosefrom_np(actions, 3), "addclosefrom_np");
            Check0(LibC.posix_spawn_file_actions_addchdir_np(actions, strings.Add(start.WorkingDirectory)), "addchdir_np");

            var argv = strings.AddArray([Path.GetFileName(start.Executable), .. start.Arguments]);
            var envp = strings.AddArray(start.Environment.Select(variable => $"{variable.Key}={variable.Value}"));

            int pid;
            Check0(LibC.posix_spawn(&pid, strings.Add(start.Executable), actions, attributes, argv, envp),
                $"posix_spawn({start.Executable})");
            return pid;
        }
        finally
        {
            LibC.posix_spawn_file_actions_destroy(actions);
            LibC.posix_spawnattr_destroy(attributes);
            NativeMemory.Free(signals);
            NativeMemory.Free(actions);
            NativeMemory.Free(attributes);
        }
    }

    unsafe void ReadLoop()
    {
        var buffer = new byte[ReadBufferSize];
        var pollFd = new LibC.PollFd { Fd = _master, Events = LibC.POLLIN };
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                nint count;
                fixed (byte* pointer = buffer)
                {
                    count = LibC.read(_master, pointer, ReadBufferSize);
                }

                if (count > 0)
                {
                    var chunk = buffer.AsSpan(0, (int)count).ToArray();
                    while (!_output.Writer.TryWrite(chunk))
                    {
                        _output.Writer.WaitToWriteAsync(_closing.Token).AsTask().GetAwaiter().GetResult();
                    }

                    continue;
                }

                var errno = count < 0 ? LibC.LastError : 0;
                if (errno == LibC.EINTR)
                {
                    continue;
                }

                if (errno != LibC.EAGAIN)
                {
                    break; // EIO: every process that held the slave has closed it.
                }

                LibC.poll(&pollFd, 1, PollMilliseconds);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _output.Writer.TryComplete();
        }
    }

    void WriteLoop()
    {
        try
        {
            while (_input.Reader.WaitToReadAsync(_closing.Token).AsTask().GetAwaiter().GetResult())
            {
                while (_input.Reader.TryRead(out var data))
                {
                    if (!WriteAll(data))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _input.Writer.TryComplete();
        }
    }

    unsafe bool WriteAll(byte[] data)
    {
        var pollFd = new LibC.PollFd { Fd = _master, Events = LibC.POLLOUT };
        var offset = 0;
        while (offset < data.Length)
        {
            nint count;
            fixed (byte* pointer = data)
            {
                count = LibC.write(_master, pointer + offset, (nuint)(data.Length - offset));
            }

            if (count > 0)
            {
                offset += (int)count;
                continue;
            }

            var errno = LibC.LastError;
            if (errno == LibC.EINTR)
            {
                continue;
            }

            if (errno != LibC.EAGAIN || _closing.IsCancellationRequested)
            {
                return false;
            }

            LibC.poll(&pollFd, 1, PollMilliseconds);
        }

        return true;
    }

    unsafe void WaitLoop()
    {
        // Wait without reaping: while the leader is a zombie its pid, the session and group ids cannot be reused,
        // so signalling "everything in session <pid>" cannot hit a stranger.
        LibC.SigInfo info;
        int result;
        do
        {
            result = LibC.waitid(LibC.P_PID, ProcessId, &info, LibC.WEXITED | LibC.WNOWAIT);
        }
        while (result < 0 && LibC.LastError == LibC.EINTR);

        _exited.TrySetResult(result == 0 ? LibC.ExitCode(info) : -1);

        // Hang up the background jobs the leader left, then reap it.
        TerminateSessionAsync().GetAwaiter().GetResult();
        lock (_reaping)
        {
            int status;
            LibC.waitpid(ProcessId, &status, 0);
            _leaderReaped = true;
        }

        // Something that escaped into a session of its own may still hold the slave: stop waiting for it.
        if (!_reader.Join(_killGrace))
        {
            _closing.Cancel();
        }
    }

    /// <summary>SIGHUP (and SIGCONT, so stopped jobs see it) to the session, SIGKILL to what is left after the grace period.</summary>
    async Task TerminateSessionAsync()
    {
        SignalSession(LibC.SIGHUP);
        SignalSession(LibC.SIGCONT);

        var deadline = _time.GetUtcNow() + _killGrace;
        while (ProcessSession.Members(ProcessId).Count > 0 && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(TerminatePollInterval, _time);
        }

        SignalSession(LibC.SIGKILL);
    }

    void SignalSession(int signal)
    {
        lock (_reaping)
        {
            if (!_leaderReaped)
            {
                ProcessSession.Signal(ProcessId, signal);
            }
        }
    }

    static unsafe string SlavePath(int master)
    {
        var buffer = stackalloc byte[128];
        var error = LibC.ptsname_r(master, buffer, 128);
        if (error != 0)
        {
            throw new PtyException("ptsname_r", error);
        }

        return Marshal.PtrToStringUTF8((nint)buffer)!;
    }

    static unsafe void SetWindowSize(int master, TerminalSize size)
    {
        var winSize = new LibC.WinSize { Cols = (ushort)size.Cols, Rows = (ushort)size.Rows };
        Check(LibC.ioctl(master, LibC.TIOCSWINSZ, &winSize), "ioctl(TIOCSWINSZ)");
    }

    static Thread StartThread(ThreadStart loop, string name)
    {
        var thread = new Thread(loop, maxStackSize: 256 * 1024) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }

    static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new PtyException(call, LibC.LastError);
        }
    }

    static void Check0(int error, string call)
    {
        if (error != 0)
        {
            throw new PtyException(call, error);
        }
    }

    /// <summary>NUL-terminated UTF-8 copies of managed strings for one libc call, freed together.</summary>
    sealed unsafe class NativeStrings : IDisposable
    {
        readonly List<nint> _allocations = [];

        public byte* Add(string value)
        {
            var bytes = Encoding.UTF8.GetByteCount(value);
            var native = (byte*)NativeMemory.Alloc((nuint)bytes + 1);
            Encoding.UTF8.GetBytes(value, new Span<byte>(native, bytes));
            native[bytes] = 0;
            _allocations.Add((nint)native);
            return native;
        }

        public byte** AddArray(IEnumerable<string> values)
        {
            var list = values.ToList();
            var array = (byte**)NativeMemory.AllocZeroed((nuint)(list.Count + 1), (nuint)sizeof(nint));
            _allocations.Add((nint)array);
            for (var i = 0; i < list.Count; i++)
            {
                array[i] = Add(list[i]);
            }

            return array;
        }

        public void Dispose()
        {
            foreach (var allocation in _allocations)
            {
                NativeMemory.Free((void*)allocation);
            }
        }
    }
}
