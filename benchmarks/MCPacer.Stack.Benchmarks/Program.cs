using System.Diagnostics;
using System.Text.Json;
using MCPacer.Testing;

// How to measure: dotnet run --project benchmarks/MCPacer.Stack.Benchmarks [-- --runs N] [--cold]
//   Built in Debug (as above) it runs the stack as `dotnet run --project MCPacer.AppHost` builds it; -c Release runs a Release stack.
// Whole-stack figures, measured as a runner meets them: start to the ready line, Ctrl+C to the last process gone,
// kill -9 of a service to its answering again through the gateway, and the memory of every process (RSS and PSS) once
// the demo sync has settled and again after the stated load below. /proc/pressure/cpu is printed beside each run.
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
var cold = args.Contains("--cold");
var results = new List<(string Measure, double Value, string Unit)>();
var settled = new List<IReadOnlyList<ProcessMemory>>();
var loaded = new List<IReadOnlyList<ProcessMemory>>();
var pressure = new List<string>();

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
    var cpuBeforeStart = StackMemory.CpuPressure();
    var watch = Stopwatch.StartNew();
    await using var apphost = AppHostProcess.Start(RepositoryRoot.Path, build: true, data.Path, "--demo");
    var url = await apphost.WaitForReadyAsync(TimeSpan.FromMinutes(5));
    results.Add(("warm start (dotnet run, nothing to build) to ready", watch.Elapsed.TotalSeconds, "s"));
    pressure.Add($"run {run}: before start: {cpuBeforeStart}");

    using var gateway = ReadyUrl.Parse(url).CreateClient(TimeSpan.FromSeconds(100));
    await DemoSync.WaitUntilSettledAsync(gateway, DateTimeOffset.MinValue, TimeSpan.FromMinutes(5));
    await Task.Delay(TimeSpan.FromSeconds(10));
    settled.Add(StackMemory.Measure(apphost, data.Path));
    pressure.Add($"run {run}: demo sync settled: {StackMemory.CpuPressure()}");

    var (loadSeconds, failedReads) = await ApplyLoadAsync(gateway);
    results.Add(("stated load: sync now, then 1,000 of the coach's reads through the gateway", loadSeconds, "s"));
    results.Add(("reads of the stated load that failed", failedReads, ""));
    await Task.Delay(TimeSpan.FromSeconds(10));
    loaded.Add(StackMemory.Measure(apphost, data.Path));
    pressure.Add($"run {run}: after the load: {StackMemory.CpuPressure()}");
    Console.WriteLine($"run {run}:");
    Console.WriteLine(StackMemory.Table([("settled", [settled[^1]]), ("after load", [loaded[^1]])]));

    var total = StackMemory.Total(settled[^1]);
    results.Add(("processes in the stack", total.Count, ""));
    results.Add(("RSS of all processes, sync settled (shared pages counted in each)", total.RssKb / 1024.0, "MB"));
    results.Add(("PSS of all processes, sync settled (shared pages split)", total.PssKb / 1024.0, "MB"));

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

Console.WriteLine();
Console.WriteLine($"Memory per process, median (min-max) of {runs} runs: 10 s after the demo sync settled; 10 s after the stated load.");
Console.WriteLine(StackMemory.Table([("settled", settled), ("after load", loaded)]));
Console.WriteLine("/proc/pressure/cpu:");
pressure.ForEach(Console.WriteLine);

// The stated load: a second sync ("sync now") to its end, then 1,000 of the coach's most frequent reads through the
// gateway, 4 at a time. Returns its duration in seconds and how many reads failed (an error status or no answer in 100 s).
static async Task<(double Seconds, int Failed)> ApplyLoadAsync(HttpClient gateway)
{
    var watch = Stopwatch.StartNew();
    var requested = DateTimeOffset.UtcNow;
    await DemoSync.SyncNowAsync(gateway);
    await DemoSync.WaitUntilSettledAsync(gateway, requested, TimeSpan.FromMinutes(5));
    string[] reads = ["api/plans/context", "api/strava/context/runs", "api/coach/session-context", "api/coach/memory", "api/strava/activities?per_page=50"];
    var failed = 0;
    await Parallel.ForAsync(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
    {
        try
        {
            using var response = await gateway.GetAsync(reads[i % reads.Length], cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failed);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref failed);
        }
    });
    return (watch.Elapsed.TotalSeconds, failed);
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
