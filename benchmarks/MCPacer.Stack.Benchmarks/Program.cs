using System.Diagnostics;
using System.Text.Json;
using MCPacer.Testing;

// Whole-stack figures, measured as a runner meets them: start to the ready line, Ctrl+C to the last
// process gone, kill -9 of a service to its answering again through the gateway, and memory.
// Usage: dotnet run -c Release --project benchmarks/MCPacer.Stack.Benchmarks [-- --runs N] [--cold]
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
var cold = args.Contains("--cold");
var results = new List<(string Measure, double Value, string Unit)>();

if (cold)
{
    using var clone = new TempDirectory();
    Run("git", "clone", "-q", RepositoryRoot.Path, clone.Path);
    using var coldData = new TempDirectory();
    var watch = Stopwatch.StartNew();
    await using var coldStart = AppHostProcess.Start(clone.Path, build: true, coldData.Path);
    await coldStart.WaitForReadyAsync(TimeSpan.FromMinutes(15));
    results.Add(("cold start (fresh clone: restore, build, start) to ready", watch.Elapsed.TotalSeconds, "s"));
    await StackProcesses.StopAsync(coldStart);
}

// "Warm" means built: build once, untimed, so every timed run finds nothing to build.
Run("dotnet", "build", Path.Combine(RepositoryRoot.Path, "MCPacer.AppHost"), "-c", RepositoryRoot.Configuration, "-v:q", "-nologo");

for (var run = 1; run <= runs; run++)
{
    using var data = new TempDirectory();
    var watch = Stopwatch.StartNew();
    await using var apphost = AppHostProcess.Start(RepositoryRoot.Path, build: true, data.Path);
    var url = await apphost.WaitForReadyAsync(TimeSpan.FromMinutes(5));
    results.Add(("warm start (dotnet run, nothing to build) to ready", watch.Elapsed.TotalSeconds, "s"));

    // Let start-up work settle before reading memory.
    await Task.Delay(TimeSpan.FromSeconds(5));
    var processes = StackProcesses.Of(apphost.ProcessGroup);
    var (rss, pss) = StackProcesses.Memory(processes);
    results.Add(($"processes in the stack", processes.Count, ""));
    results.Add(("RSS of all processes (shared pages counted in each)", rss / 1024.0, "MB"));
    results.Add(("PSS of all processes (shared pages split)", pss / 1024.0, "MB"));

    results.Add(("restart after kill -9 of plans, to 200 through the gateway", await RestartAfterKillAsync(data.Path, url), "s"));

    var stopped = Stopwatch.StartNew();
    var remaining = await StackProcesses.StopAsync(apphost);
    results.Add(("stop: Ctrl+C to no process left", stopped.Elapsed.TotalSeconds, "s"));
    if (remaining > 0)
    {
        Console.Error.WriteLine($"warning: {remaining} processes still alive 30 s after Ctrl+C");
    }
}

Console.WriteLine("| measure | median | min | max | unit |");
Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
foreach (var group in results.GroupBy(r => r.Measure))
{
    var values = group.Select(r => r.Value).Order().ToArray();
    Console.WriteLine($"| {group.Key} | {values[values.Length / 2]:0.0} | {values[0]:0.0} | {values[^1]:0.0} | {group.First().Unit} |");
}

static async Task<double> RestartAfterKillAsync(string dataDir, string readyUrl)
{
    using var state = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "apphost", "resources.json")));
    var plansPid = state.RootElement.GetProperty("resources").EnumerateArray()
        .Single(r => r.GetProperty("name").GetString() == "plans").GetProperty("pid").GetInt32();
    using var http = ReadyUrl.Parse(readyUrl).CreateClient(TimeSpan.FromSeconds(2));

    var watch = Stopwatch.StartNew();
    ProcessTree.Signal(plansPid, ProcessTree.SigKill);
    while (watch.Elapsed < TimeSpan.FromMinutes(1))
    {
        try
        {
            using var response = await http.GetAsync("/api/plans/status");
            if (response.IsSuccessStatusCode && !ProcessTree.IsAlive(plansPid))
            {
                return watch.Elapsed.TotalSeconds;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }

        await Task.Delay(50);
    }

    throw new TimeoutException("plans did not come back within a minute of kill -9");
}

static void Run(string program, params string[] arguments)
{
    using var process = Process.Start(program, arguments);
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{program} exited with {process.ExitCode}");
    }
}
