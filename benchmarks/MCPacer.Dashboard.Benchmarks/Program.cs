using System.Globalization;
using MCPacer.Dashboard.Benchmarks;
using MCPacer.Testing;

// How to measure: time to interactive: dotnet run -c Release --project benchmarks/MCPacer.Dashboard.Benchmarks [-- --runs N] [--url READY_URL]
//   (--url: a running demo stack's ready line, http://127.0.0.1:PORT/?token=...; without it a demo stack is started).
// How to measure the live load (LiveLoad.cs; exit code 1 when a circuit missed the last edit, a terminal failed or a process
// grew beyond the bound): dotnet run --project benchmarks/MCPacer.Dashboard.Benchmarks -- --live [--circuits 20] [--terminals 10] [--warmup 30] [--seconds 120]
//   (built in Debug it runs the stack as `dotnet run --project MCPacer.AppHost` builds it).
//
// Time to interactive of the plan overview and of the longest run's detail page, in headless Chromium.
// "Interactive" = measured from the navigation's start (performance.timeOrigin) to the first animation frame in
// which the Blazor circuit is connected (the coach panel's terminal exists: it is only created once the circuit
// runs) AND the page's figures are drawn: for the plan, the weekly chart's actual bars; for the run, the route on
// the map, the lap bars and the pace chart. Each run opens the page in a fresh browser context (signed in first,
// so the static files are cached as on any visit after the first).
var runs = Option("--runs", 7);
var readyUrl = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
if (args.Contains("--live"))
{
    return await LiveLoad.RunAsync(Option("--circuits", 20), Option("--terminals", 10),
        TimeSpan.FromSeconds(Option("--warmup", 30)), TimeSpan.FromSeconds(Option("--seconds", 120)));
}

using var data = new TempDirectory();
await using var apphost = readyUrl is null ? AppHostProcess.Start(RepositoryRoot.Path, build: true, data.Path, "--demo", "--no-dashboard") : null;
readyUrl ??= await apphost!.WaitForReadyAsync(TimeSpan.FromMinutes(5));
var stack = new DemoStack(ReadyUrl.Parse(readyUrl));

var plan = await stack.ActivePlanAsync();
var longest = await stack.LongestRunWithStreamsAsync(TimeSpan.FromMinutes(5));
Console.WriteLine($"run detail: activity {longest.Id} '{longest.Name}', {longest.DistanceKm:0.0} km, moving {TimeSpan.FromSeconds(longest.MovingTimeSeconds)}");

var before = LoadAverage();
await using var browser = await TimedBrowser.LaunchAsync(stack);
var pages = new (string Name, string Path, string Drawn)[]
{
    ("plan overview", $"plan/{plan}", "[data-testid='volume-chart'] rect.mc-actual"),
    ("run detail (longest run)", $"runs/{longest.Id}",
        "[data-testid='run-map'] .leaflet-overlay-pane path, [data-testid='run-map'] .leaflet-overlay-pane canvas|[data-testid='lap-bars'] rect|[data-testid='pace-chart'] svg path"),
};

var results = new Dictionary<string, List<double>>();
foreach (var page in pages)
{
    // One untimed visit warms the server (JIT, the services' caches) as a runner's first click of the day would.
    await browser.TimeToInteractiveAsync(page.Path, page.Drawn);
    results[page.Name] = [];
    for (var run = 0; run < runs; run++)
    {
        results[page.Name].Add(await browser.TimeToInteractiveAsync(page.Path, page.Drawn));
    }
}

var after = LoadAverage();
Console.WriteLine();
Console.WriteLine("| page | runs | median | min | max | unit |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
foreach (var (name, values) in results)
{
    var sorted = values.Order().ToArray();
    var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {sorted.Length} | {median:0} | {sorted[0]:0} | {sorted[^1]:0} | ms |"));
}

Console.WriteLine($"load average before: {before}; after: {after}");
return 0;

int Option(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
