using System.Diagnostics;
using System.Text.Json;
using Ical.Net;
using MCPacer.EndToEnd.Tests.Mcp;
using MCPacer.Testing;
using ModelContextProtocol.Client;

namespace MCPacer.EndToEnd.Tests.Cli;

/// <summary>The built `mcpacer` binary against the running demo stack, as a runner uses it.</summary>
[Collection(StackCollection.Name)]
public sealed class CliTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    string[] DataDir => ["--data-dir", stack.DataDir.Path];

    [Fact]
    public async Task Status_lists_every_resource_and_says_the_gateway_answers()
    {
        stack.Require();

        var (exit, stdout, stderr) = await McpacerCli.RunAsync(["status", .. DataDir]);

        Assert.True(exit == 0, stderr);
        foreach (var service in StackFixture.Services)
        {
            Assert.Matches($@"(?m)^{service}\s+Running\s+Healthy\s+\d+\s+\S+", stdout);
        }

        Assert.Contains("answers", stdout);
    }

    [Fact]
    public async Task Analyze_plan_prints_the_demo_plans_context_and_a_line_per_week()
    {
        stack.Require();

        var (exit, stdout, stderr) = await McpacerCli.RunAsync(["analyze-plan", .. DataDir]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("=== ACTIVE PLAN: Demo Marathon Build ===", stdout);
        Assert.Matches(@"Status: Week \d+ of 14", stdout);
        Assert.Contains("ADHERENCE", stdout);
        Assert.Equal(14, stdout.Split('\n').Count(l => l.StartsWith("Week ", StringComparison.Ordinal)));
        Assert.Matches(@"Week +\d+ from \S+ \(past\): planned [\d.]+ km in \d+ runs, done [\d.]+ km in \d+ runs, compliance \d+%", stdout);
    }

    [Fact]
    public async Task Generate_calendar_writes_the_html_calendar_and_an_ics_with_one_event_per_planned_run()
    {
        stack.Require();
        using var output = new TempDirectory();
        var html = Path.Combine(output.Path, "plan.html");
        var ics = Path.Combine(output.Path, "plan.ics");
        var plan = await stack.Gateway().GetFromJsonAsync<JsonElement>("/api/plans/demo-marathon-build", Ct);
        var runs = plan.GetProperty("weeks").EnumerateArray().SelectMany(w => w.GetProperty("runs").EnumerateArray()).ToList();

        var htmlRun = await McpacerCli.RunAsync(["generate-calendar", "--output", html, .. DataDir]);
        var icsRun = await McpacerCli.RunAsync(["generate-calendar", "demo-marathon-build", "--format", "ics", "--output", ics, .. DataDir]);

        Assert.True(htmlRun.ExitCode == 0, htmlRun.Stderr);
        Assert.True(icsRun.ExitCode == 0, icsRun.Stderr);
        var page = await File.ReadAllTextAsync(html, Ct);
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Demo Marathon Build", page);
        var firstRunText = runs.Select(r => r.GetProperty("structure").GetString() ?? r.GetProperty("description").GetString()).First(t => t is not null);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(firstRunText!), page);
        var calendar = Calendar.Load(await File.ReadAllTextAsync(ics, Ct))!;
        Assert.Equal(runs.Count, calendar.Events.Count);
    }

    [Fact]
    public async Task The_stdio_bridge_lists_every_tool_and_calls_get_plan_context()
    {
        stack.Require();
        await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "mcpacer",
            Command = McpacerCli.Path,
            Arguments = ["mcp", .. DataDir],
        }), McpConnection.ClientOptions, cancellationToken: Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).ToList();
        var context = await client.CallTextAsync("get_plan_context", null, Ct);

        Assert.Empty(McpToolListTests.CoachTools.Concat(McpToolListTests.PlanTools).Concat(McpToolListTests.StravaTools).Except(tools));
        Assert.Matches(@"Status: Week \d+ of 14", context);
    }

    [Fact]
    public async Task The_stdio_bridge_writes_nothing_but_json_rpc_on_stdout()
    {
        stack.Require();
        var start = new ProcessStartInfo(McpacerCli.Path, ["mcp", .. DataDir])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var bridge = Process.Start(start)!;
        var stderr = bridge.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));

        await bridge.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"e2e","version":"1"}}}""");
        await bridge.StandardInput.FlushAsync(timeout.Token);
        var initialized = await bridge.StandardOutput.ReadLineAsync(timeout.Token);
        await bridge.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await bridge.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}""");
        await bridge.StandardInput.FlushAsync(timeout.Token);
        var listed = await bridge.StandardOutput.ReadLineAsync(timeout.Token);
        bridge.StandardInput.Close();
        var rest = await bridge.StandardOutput.ReadToEndAsync(timeout.Token);
        await bridge.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, bridge.ExitCode);
        using var first = JsonDocument.Parse(initialized!);
        using var second = JsonDocument.Parse(listed!);
        Assert.Equal("2.0", first.RootElement.GetProperty("jsonrpc").GetString());
        Assert.Equal(1, first.RootElement.GetProperty("id").GetInt32());
        Assert.True(second.RootElement.GetProperty("result").GetProperty("tools").GetArrayLength() >= 38);
        Assert.Equal("", rest.Trim());
        Assert.DoesNotContain(stack.AccessToken, await stderr);
    }
}
