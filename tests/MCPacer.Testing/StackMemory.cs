using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MCPacer.Testing;

/// <summary>The memory of one process of the stack (or of several with the same name, summed), in kilobytes.</summary>
public sealed record ProcessMemory(string Name, int Count, long RssKb, long PssKb);

/// <summary>
/// The stack's memory process by process, each named for what it is: the resources by the pids in the AppHost's
/// resources.json, the rest by their command line (the `dotnet run` parent, the AppHost, DCP, the Aspire dashboard).
/// Processes a resource started (a terminal session's shell) count under their own command's name.
/// </summary>
public static class StackMemory
{
    public static IReadOnlyList<ProcessMemory> Measure(AppHostProcess apphost, string dataDir)
    {
        var resources = ResourcePids(dataDir);
        return [.. StackProcesses.Of(apphost.ProcessGroup)
            .Select(pid => (Name: NameOf(pid, apphost.ProcessGroup, resources), Memory: Read(pid)))
            .Where(p => p.Memory is not null)
            .GroupBy(p => p.Name)
            .Select(g => new ProcessMemory(g.Key, g.Count(), g.Sum(p => p.Memory!.Value.RssKb), g.Sum(p => p.Memory!.Value.PssKb)))
            .OrderByDescending(p => p.PssKb)];
    }

    public static ProcessMemory Total(IReadOnlyList<ProcessMemory> processes) =>
        new("all processes", processes.Sum(p => p.Count), processes.Sum(p => p.RssKb), processes.Sum(p => p.PssKb));

    /// <summary>
    /// A Markdown table: per process, the median (min-max over the runs) RSS and PSS at each point, in MB.
    /// <paramref name="points"/> are named measuring points, each holding one measurement per run.
    /// </summary>
    public static string Table(IReadOnlyList<(string Point, IReadOnlyList<IReadOnlyList<ProcessMemory>> Runs)> points)
    {
        var names = points.SelectMany(p => p.Runs).SelectMany(r => r.Append(Total(r)))
            .GroupBy(p => p.Name).OrderByDescending(g => g.Max(p => p.PssKb)).Select(g => g.Key).ToList();
        var table = new StringBuilder();
        table.AppendLine("| process | " + string.Join(" | ", points.Select(p => $"{p.Point}: RSS MB | {p.Point}: PSS MB")) + " |");
        table.AppendLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: | ---: |", points.Count)));
        foreach (var name in names)
        {
            var cells = points.SelectMany(point =>
            {
                var of = point.Runs.Select(run => name == "all processes" ? Total(run) : run.SingleOrDefault(p => p.Name == name)).ToList();
                return new[] { Spread(of.Select(p => p?.RssKb ?? 0)), Spread(of.Select(p => p?.PssKb ?? 0)) };
            });
            table.AppendLine($"| {name} | {string.Join(" | ", cells)} |");
        }

        return table.ToString();
    }

    /// <summary>"median (min-max)" in MB; a single value alone.</summary>
    public static string Spread(IEnumerable<long> kilobytes)
    {
        var sorted = kilobytes.Select(kb => kb / 1024.0).Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return sorted.Length == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{median:0}")
            : string.Create(CultureInfo.InvariantCulture, $"{median:0} ({sorted[0]:0}-{sorted[^1]:0})");
    }

    /// <summary>The first line of /proc/pressure/cpu: the share of time some task waited for a CPU.</summary>
    public static string CpuPressure() => File.ReadLines("/proc/pressure/cpu").First();

    static string NameOf(int pid, int processGroup, IReadOnlyDictionary<int, string> resources)
    {
        if (resources.TryGetValue(pid, out var resource))
        {
            return resource;
        }

        var commandLine = ProcessTree.CommandLine(pid);
        return commandLine switch
        {
            _ when pid == processGroup => "dotnet run (parent)",
            _ when commandLine.Contains("MCPacer.AppHost", StringComparison.Ordinal) => "AppHost",
            _ when commandLine.Contains("dcp start-apiserver", StringComparison.Ordinal) => "dcp (API server)",
            _ when commandLine.Contains("dcp run-controllers", StringComparison.Ordinal) => "dcp (controllers)",
            _ when commandLine.Contains("Aspire.Dashboard", StringComparison.Ordinal) => "Aspire dashboard",
            _ when commandLine.StartsWith("redis-server", StringComparison.Ordinal) => "redis",
            _ => Path.GetFileName(commandLine.Split(' ')[0]),
        };
    }

    static Dictionary<int, string> ResourcePids(string dataDir)
    {
        try
        {
            using var state = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "apphost", "resources.json")));
            return state.RootElement.GetProperty("resources").EnumerateArray()
                .Where(r => r.TryGetProperty("pid", out var pid) && pid.ValueKind == JsonValueKind.Number)
                .ToDictionary(r => r.GetProperty("pid").GetInt32(), r => r.GetProperty("name").GetString()!);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return [];
        }
    }

    static (long RssKb, long PssKb)? Read(int pid)
    {
        try
        {
            long rss = 0, pss = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                rss += Kilobytes(line, "Rss:");
                pss += Kilobytes(line, "Pss:");
            }

            return (rss, pss);
        }
        catch (IOException)
        {
            // Gone between listing and reading.
            return null;
        }
    }

    static long Kilobytes(string line, string key) =>
        line.StartsWith(key, StringComparison.Ordinal) ? long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) : 0;
}
