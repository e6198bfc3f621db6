using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Mcp.Benchmarks;
using MCPacer.Testing;
using ModelContextProtocol.Client;

// MCP tool calls through the gateway against the same reads made directly to the owning service, in one run of the
// demo stack, with 1 and with 50 concurrent clients. Targets: MCP p50 at most 2x direct, no error at 50 clients.
// Two more figures say where the time goes: the same read through the gateway (the hop alone), and an MCP call
// that the MCP server answers alone.
// Usage: dotnet run -c Release --project benchmarks/MCPacer.Mcp.Benchmarks [-- --calls N] [--no-dashboard]
var calls = Option("--calls", 500);
var warmup = Option("--warmup", 50);
var concurrency = new[] { 1, 50 };
var cellLimit = TimeSpan.FromSeconds(Option("--cell-seconds", 60));

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
    await WaitForSummariesAsync(clients[0], services["strava"]);
    var mcp = await Task.WhenAll(clients.Select(http => McpClient.CreateAsync(new HttpClientTransport(
        new HttpClientTransportOptions { Endpoint = new Uri(gateway, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp }, http))));

    var loadBefore = LoadAverage();
    var rows = new List<string>();
    var missed = new List<string>();
    foreach (var read in MeasuredRead.All)
    {
        foreach (var n in concurrency)
        {
            var direct = await Load.RunAsync(n, warmup, calls, cellLimit, c => read.FetchDirectAsync(clients[c], services[read.Service]));
            var proxied = await Load.RunAsync(n, warmup, calls, cellLimit, c => read.FetchDirectAsync(clients[c], gateway));
            var tool = await Load.RunAsync(n, warmup, calls, cellLimit, c => read.CallToolAsync(mcp[c]));
            var ratio = tool.Percentile(50) / direct.Percentile(50);
            rows.Add($"| {read.Tool} | {n} | {Ms(direct.Percentile(50))} | {Ms(direct.Percentile(99))} | {Ms(proxied.Percentile(50))} | {Ms(tool.Percentile(50))} | " +
                     $"{Ms(tool.Percentile(99))} | {ratio:0.00} | {direct.Errors} / {tool.Errors} | {direct.LatenciesMs.Length} / {tool.LatenciesMs.Length} |");
            Report(read.Tool, n, "direct", direct, cellLimit, missed);
            Report(read.Tool, n, "gateway", proxied, cellLimit, missed);
            Report(read.Tool, n, "mcp", tool, cellLimit, missed);
            if (!(ratio <= 2))
            {
                missed.Add($"{read.Tool} at {n} clients: MCP p50 is {ratio:0.00}x direct");
            }
        }
    }

    // The least any tool call costs: the MCP server answers prompts/list (three prompts) without calling a service.
    // (ping would be the obvious probe, but protocol 2026-07-28 has no ping.)
    foreach (var n in concurrency)
    {
        var local = await Load.RunAsync(n, warmup, calls, cellLimit, async c => (await mcp[c].ListPromptsAsync()).Count > 0 ? null : "no prompts");
        Report("prompts/list", n, "mcp", local, cellLimit, missed);
        rows.Add($"| prompts/list (no service behind it) | {n} | | | | {Ms(local.Percentile(50))} | {Ms(local.Percentile(99))} | | 0 / {local.Errors} | 0 / {local.LatenciesMs.Length} |");
    }

    Console.WriteLine($"load average before: {loadBefore}; after: {LoadAverage()}");
    Console.WriteLine("| tool | clients | direct p50 ms | direct p99 ms | gateway p50 ms | MCP p50 ms | MCP p99 ms | MCP/direct p50 | errors direct / MCP | calls direct / MCP |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    rows.ForEach(Console.WriteLine);
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

// get_run_context is only worth measuring once the demo athlete's activities are in.
static async Task WaitForSummariesAsync(HttpClient http, Uri strava)
{
    using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
    while (true)
    {
        var sync = await http.GetFromJsonAsync<StravaSyncProgress>(new Uri(strava, "/api/strava/sync"), timeout.Token);
        if (sync is { Activities: > 0 } && sync.Phase != SyncPhases.Summaries)
        {
            Console.WriteLine($"demo sync: {sync.Activities} activities, phase {sync.Phase}");
            return;
        }

        await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
    }
}

static void Report(string tool, int clients, string path, CellResult cell, TimeSpan limit, List<string> missed)
{
    if (cell.Errors > 0)
    {
        Console.Error.WriteLine($"{tool} {path} at {clients} clients: {cell.Errors} errors, first: {cell.FirstError}");
        if (clients > 1)
        {
            missed.Add($"{tool} {path} at {clients} clients: {cell.Errors} errors");
        }
    }

    if (cell.Elapsed >= limit)
    {
        Console.Error.WriteLine($"{tool} {path} at {clients} clients: stopped at the time limit after {cell.LatenciesMs.Length} calls");
    }
}

static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
