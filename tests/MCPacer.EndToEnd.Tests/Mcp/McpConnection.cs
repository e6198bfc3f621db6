using System.Text.Json;
using MCPacer.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>The official C# MCP client, connected to the gateway's /mcp over streamable HTTP with the access token.</summary>
static class McpConnection
{
    public static Uri Endpoint(this StackFixture stack) => new(stack.GatewayUrl, "/mcp");

    /// <summary>
    /// No separate limit on the client's server/discover probe: on a loaded 2-core machine it can take over its 5 s
    /// default, and the SDK's fallback to initialize then sends the probe's MCP-Protocol-Version header with an older
    /// body version, which the server rightly refuses (400). Our server answers the probe; connecting stays bounded
    /// by the initialization timeout.
    /// </summary>
    public static McpClientOptions ClientOptions { get; } = new() { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan };

    public static Task<McpClient> ConnectMcpAsync(this StackFixture stack, CancellationToken ct) =>
        ConnectMcpAsync(stack.GatewayUrl, stack.AccessToken, ct);

    public static Task<McpClient> ConnectMcpAsync(Uri gateway, string accessToken, CancellationToken ct) =>
        McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(gateway, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {accessToken}" },
        }), ClientOptions, cancellationToken: ct);

    public static async Task<string> CallTextAsync(this McpClient client, string tool, Dictionary<string, object?>? arguments, CancellationToken ct)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: ct);
        Assert.False(result.IsError is true, $"{tool} failed: {result.Text()}");
        return result.Text();
    }

    /// <summary>Calls a tool that must fail as a tool error (IsError), not as a protocol error, and returns its message.</summary>
    public static async Task<string> CallErrorAsync(this McpClient client, string tool, Dictionary<string, object?>? arguments, CancellationToken ct)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: ct);
        Assert.True(result.IsError is true, $"{tool} should have failed but answered: {result.Text()}");
        return result.Text();
    }

    /// <summary>Arguments written as JSON, sent as they are (also the wrongly typed ones a test wants refused).</summary>
    public static Dictionary<string, object?> Arguments(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    /// <summary>Where the official TypeScript SDK client lives (tests/mcp-client, installed by the build).</summary>
    public static string NodeClientDir { get; } = Path.Combine(RepositoryRoot.Path, "tests", "mcp-client");

    /// <summary>Lists the tools and calls one with the TypeScript SDK client through the gateway; its JSON report of what it saw.</summary>
    public static async Task<JsonDocument> CallWithNodeClientAsync(this StackFixture stack, string node, string tool, string argumentsJson, CancellationToken ct)
    {
        var run = await CommandRun.RunAsync(node, ["call-tool.mjs", stack.Endpoint().ToString(), tool, argumentsJson],
            TimeSpan.FromSeconds(60), ct, NodeClientDir, new Dictionary<string, string?> { ["MCPACER_TOKEN"] = stack.AccessToken });

        Assert.True(run.ExitCode == 0, $"node exited with {run.ExitCode}: {run.Stderr}");
        return JsonDocument.Parse(run.Stdout);
    }

    public static string Text(this CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
