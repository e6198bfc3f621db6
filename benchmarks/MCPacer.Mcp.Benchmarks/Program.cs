using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using MCPacer.Mcp.Benchmarks;
using MCPacer.Testing;
using ModelContextProtocol.Client;

// The coach's most frequent reads, each made three ways in one run of the demo stack: directly to the owning
// service, through the gateway (the hop alone), and as the MCP tool call through the gateway; at 1, 10, 50 and 100
// concurrent clients, each cell for a fixed time. prompts/list, which the MCP server answers alone, is the floor of
// any tool call. Targets (issue 21): direct p50 under 1 ms at 1 client, and no error at 50 clients; MCP over direct at
// p50 with 1 client and p99 at 50 clients as MeasuredRead.Targets says; 100 clients are reported only.
// The cells start once the demo sync has settled: the stand-in replays a whole backfill at a pace no real Strava
// allows (its rate limit is scaled down), which would measure the sync's CPU rather than the reads.
// Usage: dotnet run -c Release --project benchmarks/MCPacer.Mcp.Benchmarks [-- --cell-seconds 60] [--warmup-seconds 3]
//        [--clients 1,50] [--reads get_plan_context,read_coach_memory] [--no-dashboard]
var concurrency = ListOption("--clients")?.Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() ?? [1, 10, 50, 100];
var measured = ListOption("--reads") is { } tools ? MeasuredRead.All.Where(r => tools.Contains(r.Tool)).ToArray() : MeasuredRead.All;
var cell = TimeSpan.FromSeconds(Option("--cell-seconds", 60));
var warmup = TimeSpan.FromSeconds(Option("--warmup-seconds", 3));

using var data = new TempDirectory();
string[] stackArgs = args.Contains("--no-dashboard") ? ["--demo", "--no-dashboard"] : ["--demo"];
await using var apphost = AppHostProcess.Start(RepositoryRoot.Path, build: true, data.Path, stackArgs);
try
{
    var ready = new Uri(await apphost.WaitForReadyAsync(TimeSpan.FromMinutes(15)));
    var gateway = new Uri(ready.GetLeftPart(UriPartial.Authority));
    var token = (await File.ReadAllTextAsync(Path.Combine(data.Path, "access-token"))).Trim();
    var services = await ServiceUrlsAsync(data.Path);

    var clients = Enumerable.Range(0, concurrency.Max()).Select(_ => Authorized(token)).ToArray();
    using (var settling = Authorized(token))
    {
        settling.BaseAddress = gateway;
        await DemoSync.WaitUntilSettledAsync(settling, DateTimeOffset.MinValue, TimeSpan.FromMinutes(10));
    }

    var mcp = await Task.WhenAll(clients.Select(http => McpClient.CreateAsync(new HttpClientTransport(
        new HttpClientTransportOptions { Endpoint = new Uri(gateway, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp }, http))));

    Console.WriteLine($"cells of {cell.TotalSeconds:0} s after {warmup.TotalSeconds:0} s of warm-up; cpu pressure before: {CpuPressure()}");
    // Each row as its cell ends, so that a long run stopped early still leaves its figures.
    Console.WriteLine("| read | clients | path | calls/s | p50 ms | p99 ms | max ms | errors |");
    Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    var missed = new List<string>();
    foreach (var read in measured)
    {
        foreach (var n in concurrency)
        {
            var paths = new (string Name, CellResult Result)[]
            {
                ("direct", await Load.RunAsync(n, warmup, cell, c => read.FetchAsync(clients[c], service => services[service]))),
                ("gateway", await Load.RunAsync(n, warmup, cell, c => read.FetchAsync(clients[c], _ => gateway))),
                ("mcp", await Load.RunAsync(n, warmup, cell, c => read.CallToolAsync(mcp[c]))),
            };
            Array.ForEach(paths, p => Console.WriteLine(Row(read.Tool, n, p.Name, p.Result)));
            missed.AddRange(MissedTargets(read, n, paths));
        }
    }

    foreach (var n in concurrency)
    {
        var floor = await Load.RunAsync(n, warmup, cell, async c => (await mcp[c].ListPromptsAsync()).Count > 0 ? null : "no prompts");
        Console.WriteLine(Row("prompts/list (no service behind it)", n, "mcp", floor));
    }

    Console.WriteLine($"cpu pressure after: {CpuPressure()}");
    Console.WriteLine(missed.Count == 0 ? "targets met" : "targets missed:\n  " + string.Join("\n  ", missed));

    await Task.WhenAll(mcp.Select(c => c.DisposeAsync().AsTask()));
    Array.ForEach(clients, c => c.Dispose());
    return missed.Count == 0 ? 0 : 1;
}
finally
{
    var remaining = await StackProcesses.StopAsync(apphost);
    if (remaining > 0)
    {
        Console.Error.WriteLine($"warning: {remaining} processes still alive 30 s after Ctrl+C");
    }
}

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

string[]? ListOption(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()?.Split(',');

static IEnumerable<string> MissedTargets(MeasuredRead read, int clients, (string Name, CellResult Result)[] paths)
{
    var byName = paths.ToDictionary(p => p.Name, p => p.Result);
    var (overheadTarget, p99Target) = read.Targets;
    if (clients == 1)
    {
        var direct = byName["direct"].Percentile(50);
        var overhead = byName["mcp"].Percentile(50) - direct;
        if (!(direct < 1))
        {
            yield return $"{read.Tool} at 1 client: direct p50 is {Ms(direct)} ms (target under 1 ms)";
        }

        if (!(overhead <= overheadTarget))
        {
            yield return $"{read.Tool} at 1 client: MCP p50 is {Ms(overhead)} ms over direct (target at most {Ms(overheadTarget)} ms)";
        }
    }

    if (clients == 50)
    {
        foreach (var (name, result) in paths.Where(p => p.Result.Errors > 0 || !(p.Result.Percentile(99) < p99Target)))
        {
            yield return $"{read.Tool} {name} at 50 clients: {result.Errors} errors, p99 {Ms(result.Percentile(99))} ms (target none, under {Ms(p99Target)} ms)";
        }
    }
}

static string Row(string read, int clients, string path, CellResult cell)
{
    if (cell.Errors > 0)
    {
        Console.Error.WriteLine($"{read} {path} at {clients} clients: {cell.Errors} errors, first: {cell.FirstError}");
    }

    return $"| {read} | {clients} | {path} | {cell.CallsPerSecond:0} | {Ms(cell.Percentile(50))} | {Ms(cell.Percentile(99))} | " +
           $"{Ms(cell.Max)} | {cell.Errors} |";
}

static HttpClient Authorized(string token)
{
    var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return http;
}

static async Task<Dictionary<string, Uri>> ServiceUrlsAsync(string dataDir)
{
    using var state = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "apphost", "resources.json")));
    return state.RootElement.GetProperty("resources").EnumerateArray()
        .Where(r => r.TryGetProperty("url", out var url) && url.GetString()?.StartsWith("http", StringComparison.Ordinal) == true)
        .ToDictionary(r => r.GetProperty("name").GetString()!, r => new Uri(r.GetProperty("url").GetString()!));
}

static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

// The "some" line: the share of time some task waited for a CPU, over 10, 60 and 300 s (the machine may be shared).
static string CpuPressure() => File.ReadAllLines("/proc/pressure/cpu")[0];
