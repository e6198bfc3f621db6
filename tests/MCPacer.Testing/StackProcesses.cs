using System.Diagnostics;

namespace MCPacer.Testing;

/// <summary>
/// Every process of a running stack: the AppHost and what it started, plus DCP, which detaches
/// from the AppHost (its API server names the AppHost's pid after --monitor) and runs the resources.
/// </summary>
public static class StackProcesses
{
    public static IReadOnlyList<int> Of(int processGroup)
    {
        var apphostTree = ProcessTree.Descendants(processGroup).Prepend(processGroup).ToList();
        var dcp = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && apphostTree.Any(a => ProcessTree.CommandLine(pid).Contains($"--monitor {a} ", StringComparison.Ordinal)
                                                          || ProcessTree.CommandLine(pid).EndsWith($"--monitor {a}", StringComparison.Ordinal)))
            .SelectMany(pid => ProcessTree.Descendants(pid).Prepend(pid));
        return [.. apphostTree.Concat(dcp).Distinct()];
    }

    /// <summary>Ctrl+C to the AppHost's process group, as a terminal sends it; waits up to 30 s for every process of the stack to go and returns how many did not.</summary>
    public static async Task<int> StopAsync(AppHostProcess apphost)
    {
        var processes = Of(apphost.ProcessGroup);
        ProcessTree.Signal(-apphost.ProcessGroup, ProcessTree.SigInt);
        var watch = Stopwatch.StartNew();
        while (processes.Any(ProcessTree.IsAlive) && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        return processes.Count(ProcessTree.IsAlive);
    }
}
