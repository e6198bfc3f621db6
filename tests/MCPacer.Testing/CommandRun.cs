using System.Diagnostics;

namespace MCPacer.Testing;

/// <summary>What a finished command printed, and how it ended.</summary>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a command to its end with both outputs captured, as a test needs it: no shell, a timeout, its own environment.</summary>
public static class CommandRun
{
    public static async Task<CommandResult> RunAsync(
        string fileName, IEnumerable<string> args, TimeSpan timeout, CancellationToken cancellationToken = default,
        string? workingDirectory = null, IDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }
}
