using System.Text.Json;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>The official TypeScript SDK client (tests/mcp-client, installed by the build) against the gateway's /mcp.</summary>
[Collection(StackCollection.Name)]
public sealed class McpNodeClientTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_typescript_sdk_client_lists_every_tool_and_calls_one()
    {
        stack.Require();
        var node = RequiredTool.Require("node", "install Node.js 20 or later (sudo apt-get install -y nodejs npm), then rebuild the tests");
        Assert.True(Directory.Exists(Path.Combine(McpConnection.NodeClientDir, "node_modules", "@modelcontextprotocol", "sdk")),
            "the MCP TypeScript SDK is not installed: run `npm ci` in tests/mcp-client (the test build does it when npm is present)");

        using var output = await stack.CallWithNodeClientAsync(node, "get_coaching_persona", """{"coach_name":"hartmann"}""", Ct);
        var root = output.RootElement;

        Assert.Equal("MCPacer.Mcp", root.GetProperty("server").GetProperty("name").GetString());
        var tools = root.GetProperty("tools").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.All([.. McpToolListTests.CoachTools, .. McpToolListTests.PlanTools, .. McpToolListTests.StravaTools], name => Assert.Contains(name, tools.Keys));
        Assert.True(tools["read_coach_memory"].GetProperty("annotations").GetProperty("readOnlyHint").GetBoolean());
        Assert.Equal("date", tools["get_archived_session_log"].GetProperty("inputSchema").GetProperty("properties")
            .GetProperty("session_date").GetProperty("format").GetString());
        var call = root.GetProperty("call");
        Assert.False(call.GetProperty("isError").GetBoolean(), call.GetProperty("text").GetString());
        Assert.Contains("Hartmann", call.GetProperty("text").GetString());
    }
}
