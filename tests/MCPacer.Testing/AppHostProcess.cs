using System.Diagnostics;
using System.Text;

namespace MCPacer.Testing;

/// <summary>
/// `dotnet run --project MCPacer.AppHost` as a runner starts it, in its own session and process group
/// (setsid) so that a Ctrl+C can be delivered to the whole group as a terminal would.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _output = new();
    readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    AppHostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException(
            $"the AppHost exited with code {_process.ExitCode} before the ready line; it printed:\n{Output}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int ProcessGroup => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static AppHostProcess Start(string dataDir, params string[] extraArgs) =>
        Start(RepositoryRoot.Path, build: false, dataDir, extraArgs);

    /// <summary>From <paramref name="repository"/>; <paramref name="build"/> as a runner does (restore and build first when needed).</summary>
    public static AppHostProcess Start(string repository, bool build, string dataDir, params string[] extraArgs)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] buildArgs = build ? [] : ["--no-build"];
        foreach (var arg in (string[])["dotnet", "run", "--project", "MCPacer.AppHost", .. buildArgs, "-c", RepositoryRoot.Configuration,
                     "--", "--data-dir", dataDir, "--port", "0", .. extraArgs])
        {
            start.ArgumentList.Add(arg);
        }

        return new AppHostProcess(Process.Start(start)!);
    }

    /// <summary>The ready line's URL, or a failure carrying everything the AppHost printed.</summary>
    public async Task<string> WaitForReadyAsync(TimeSpan timeout)
    {
        try
        {
            return await _ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no ready line within {timeout.TotalSeconds} s; the AppHost printed:\n{Output}");
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        const string prefix = "MCPacer is ready at ";
        if (line.StartsWith(prefix, StringComparison.Ordinal))
        {
            _ready.TrySetResult(line[prefix.Length..].Trim());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            ProcessTree.Signal(-ProcessGroup, ProcessTree.SigKill);
            await WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
