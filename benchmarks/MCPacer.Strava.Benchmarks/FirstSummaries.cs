using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.Strava.Benchmarks;

/// <summary>
/// How soon a runner who has just connected Strava sees their runs: the demo stack (`--demo`, a fresh data
/// folder each run) connects the stand-in's athlete (a year of base and a marathon build) on its own; measured from
/// the moment its tokens are stored to the sync's summaries pass being done (every activity listed, the run
/// context and the activity list usable), under the stand-in's real rate limits. Goal: within 10 s.
/// </summary>
static class FirstSummaries
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(3);
        var results = new List<(double Seconds, int Activities)>();
        for (var run = 1; run <= runs; run++)
        {
            using var data = new TempDirectory();
            await using var apphost = AppHostProcess.Start(RepositoryRoot.Path, build: true, data.Path, "--demo", "--no-dashboard");
            try
            {
                var ready = ReadyUrl.Parse(await apphost.WaitForReadyAsync(TimeSpan.FromMinutes(5)));
                using var gateway = ready.CreateClient(TimeSpan.FromSeconds(10));
                var (done, activities) = await SummariesDoneAsync(gateway, TimeSpan.FromMinutes(2));
                var connected = File.GetLastWriteTimeUtc(Path.Combine(data.Path, "strava", "tokens.json"));
                results.Add(((done - connected).TotalSeconds, activities));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {activities} activities listed {(done - connected).TotalSeconds:0.0} s after the demo athlete connected"));
            }
            finally
            {
                await StackProcesses.StopAsync(apphost);
            }
        }

        var sorted = results.Select(r => r.Seconds).Order().ToArray();
        Console.WriteLine();
        Console.WriteLine("| measure | runs | median | min | max | unit |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| connected to summaries usable ({results[0].Activities} activities) | {sorted.Length} | {sorted[sorted.Length / 2]:0.0} | {sorted[0]:0.0} | {sorted[^1]:0.0} | s |"));
        return sorted[sorted.Length / 2] <= 10 ? 0 : 1;
    }

    /// <summary>Polls the sync until it has moved past its summaries pass; returns when it saw that and how many activities it has.</summary>
    static async Task<(DateTime At, int Activities)> SummariesDoneAsync(HttpClient gateway, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            var sync = await gateway.GetFromJsonAsync<StravaSyncProgress>("api/strava/sync");
            if (sync is { Activities: > 0 } && sync.Phase is SyncPhases.Details or SyncPhases.Streams or SyncPhases.Idle)
            {
                return (DateTime.UtcNow, sync.Activities);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"the demo sync had not listed its summaries after {timeout}");
    }
}
