using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Testing;

namespace MCPacer.Dashboard.Benchmarks;

/// <summary>
/// The dashboard and terminal under a steady live load on a demo stack of our own: circuits on the plan overview receive a
/// week-focus edit every 3 s through the gateway (plans publishes PlanChanged, the dashboard re-renders every page that
/// follows it), a "sync now" every 30 s, while terminal sessions stream output. Measures how long each edit took to reach
/// each circuit, the terminals' throughput and line age, and every process's memory after the warm-up and at the end.
/// </summary>
static class LiveLoad
{
    /// <summary>A process passes when its PSS at the end is at most this much above its PSS after the warm-up...</summary>
    const double GrowthBound = 0.10;

    /// <summary>...or at most this many MB above it (for the small processes, where 10 % is within a GC's noise).</summary>
    const double GrowthFloorMb = 10;

    public static async Task<int> RunAsync(int circuits, int terminals, TimeSpan warmUp, TimeSpan duration)
    {
        using var data = new TempDirectory();
        // The terminal service allows 8 sessions by default. Each circuit's coach panel starts one (ended once started, but
        // counted until its shell has gone) besides the streaming ones. The AppHost's environment reaches every service.
        Environment.SetEnvironmentVariable("Terminal__MaxSessions", (circuits + terminals).ToString(CultureInfo.InvariantCulture));
        await using var apphost = AppHostProcess.Start(RepositoryRoot.Path, build: true, data.Path, "--demo");
        var ready = ReadyUrl.Parse(await apphost.WaitForReadyAsync(TimeSpan.FromMinutes(5)));
        var stack = new DemoStack(ready);
        using var gateway = ready.CreateClient(TimeSpan.FromSeconds(30));
        await DemoSync.WaitUntilSettledAsync(gateway, DateTimeOffset.MinValue, TimeSpan.FromMinutes(5));
        var planId = await stack.ActivePlanAsync();

        Console.WriteLine($"live load: {circuits} dashboard circuits, {terminals} terminal sessions, warm-up {warmUp.TotalSeconds} s, " +
                          $"measured {duration.TotalSeconds} s; {Environment.ProcessorCount} cores, shared with other work");
        await using var browser = await TimedBrowser.LaunchAsync(stack);
        var opening = Stopwatch.StartNew();
        await using var live = await LiveCircuits.OpenAsync(browser, stack, planId, circuits);
        Console.WriteLine($"{circuits} circuits open after {opening.Elapsed.TotalSeconds:0} s");

        using var stop = new CancellationTokenSource();
        var streams = new StreamingTerminals();
        var reading = await streams.StartAsync(stack, terminals, stop.Token);
        var edits = new Dictionary<int, long>();
        var syncAnswers = new List<double>();
        var updating = UpdateAsync(gateway, planId, edits, syncAnswers, stop.Token);

        await Task.Delay(warmUp);
        var warm = StackMemory.Measure(apphost, data.Path);
        var warmCharacters = streams.Characters;
        int warmEdits;
        lock (edits)
        {
            warmEdits = edits.Count;
        }

        var warmPressure = StackMemory.CpuPressure();
        var measured = Stopwatch.StartNew();

        await Task.Delay(duration);
        var end = StackMemory.Measure(apphost, data.Path);
        var endPressure = StackMemory.CpuPressure();
        var bytesPerSecond = (streams.Characters - warmCharacters) / measured.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await reading;
        await updating;

        // A circuit re-renders once per arrival, so edits that come while it renders fold into the next render: what must
        // hold is that every circuit ends up showing the last edit. It gets up to a minute to arrive.
        var lastEdit = edits.Keys.Max();
        var seen = await live.SeenAsync();
        for (var settling = Stopwatch.StartNew(); !seen.All(s => s.ContainsKey(lastEdit)) && settling.Elapsed < TimeSpan.FromMinutes(1);)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            seen = await live.SeenAsync();
        }

        if (!seen[0].ContainsKey(lastEdit))
        {
            Console.WriteLine($"the first circuit's weeks grid, missing the last edit: {(await live.FirstGridTextAsync())[..300]}");
        }

        Report(edits, warmEdits, seen, syncAnswers, streams, bytesPerSecond, terminals);
        Console.WriteLine($"/proc/pressure/cpu after the warm-up: {warmPressure}; at the end: {endPressure}");
        Console.WriteLine();
        Console.WriteLine(StackMemory.Table([("after warm-up", [warm]), ("end", [end])]));
        return MemoryVerdict(warm, end) && streams.Errors == 0 && seen.All(s => s.ContainsKey(lastEdit)) ? 0 : 1;
    }

    // A week-focus edit every 3 s (the marker's number and when it was sent), a sync every 30 s (how long "Sync now" took to answer).
    static async Task UpdateAsync(HttpClient gateway, string planId, Dictionary<int, long> edits, List<double> syncAnswers, CancellationToken stop)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(3));
        var edit = 0;
        try
        {
            do
            {
                edit++;
                var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                using var response = await gateway.PutAsJsonAsync($"api/plans/{planId}/weeks/1",
                    new WeekUpdate(WeeklyFocus: LiveCircuits.Marker(edit)), CancellationToken.None);
                response.EnsureSuccessStatusCode();
                lock (edits)
                {
                    edits[edit] = sent;
                }

                if (edit % 10 == 1)
                {
                    var asked = Stopwatch.StartNew();
                    await DemoSync.SyncNowAsync(gateway);
                    syncAnswers.Add(asked.Elapsed.TotalMilliseconds);
                }
            }
            while (await ticks.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    static void Report(Dictionary<int, long> edits, int warmEdits, IReadOnlyList<Dictionary<int, long>> seen, IReadOnlyList<double> syncAnswers,
        StreamingTerminals streams, double bytesPerSecond, int terminals)
    {
        var measuredEdits = edits.Where(e => e.Key > warmEdits).ToList();
        var latencies = seen.SelectMany(page => measuredEdits.Where(e => page.ContainsKey(e.Key)).Select(e => (double)(page[e.Key] - e.Value))).ToList();
        var expected = seen.Count * measuredEdits.Count;
        var lastEdit = edits.Keys.Max();
        var ages = streams.LineAges;
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| plan edits after the warm-up, each to {seen.Count} circuits | {measuredEdits.Count} |");
        Console.WriteLine($"| edit seen on a circuit (of {expected}; edits that arrive during a render fold into the next) | {latencies.Count} |");
        Console.WriteLine($"| circuits showing the last edit | {seen.Count(s => s.ContainsKey(lastEdit))} of {seen.Count} |");
        Console.WriteLine($"| edit to circuit p50 / p99 / max (ms) | {Percentiles(latencies)} |");
        Console.WriteLine($"| \"Sync now\" answered, {syncAnswers.Count} asked: p50 / p99 / max (ms) | {Percentiles(syncAnswers)} |");
        Console.WriteLine($"| terminal output, {terminals} sessions (KB/s) | {bytesPerSecond / 1000:0} |");
        Console.WriteLine($"| terminal line age p50 / p99 / max (ms) | {Percentiles(ages)} |");
        Console.WriteLine($"| terminal lines read | {ages.Count} |");
        Console.WriteLine($"| terminal sessions ended or failed early | {streams.Errors} |");
    }

    static bool MemoryVerdict(IReadOnlyList<ProcessMemory> warm, IReadOnlyList<ProcessMemory> end)
    {
        Console.WriteLine($"Bound: a process passes when its PSS at the end is within {GrowthBound:P0} or {GrowthFloorMb} MB of its PSS after the warm-up.");
        var passed = true;
        foreach (var before in warm)
        {
            var after = end.SingleOrDefault(p => p.Name == before.Name);
            var growthMb = Math.Round(((after?.PssKb ?? 0) - before.PssKb) / 1024.0, 1);
            var within = growthMb <= Math.Max(GrowthBound * before.PssKb / 1024.0, GrowthFloorMb);
            passed &= within;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {before.Name}: {before.PssKb / 1024.0:0} -> {(after?.PssKb ?? 0) / 1024.0:0} MB PSS ({growthMb:+0.0;-0.0;0.0} MB) {(within ? "pass" : "FAIL")}"));
        }

        return passed;
    }

    static string Percentiles(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return "none";
        }

        var sorted = values.Order().ToArray();
        double At(double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{At(0.50):0} / {At(0.99):0} / {sorted[^1]:0}");
    }
}
