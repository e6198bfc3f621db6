using System.Text.Json;
using MCPacer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MCPacer.Mcp.Tests;

/// <summary>
/// The real MCP server (its Program: access token, argument check, service errors, every tool, prompt and resource)
/// in-process, its typed clients answered by <see cref="OwningServices"/>; the SDK's client talks to it over
/// streamable HTTP through the TestServer, so no port and no other service is needed.
/// </summary>
public sealed class McpServerHost : ServiceFactory<Program>
{
    internal OwningServices Owners { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Owners)));
    }

    public async Task<McpClient> ConnectAsync(CancellationToken ct)
    {
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(Server.BaseAddress, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            CreateAuthorizedClient(), NullLoggerFactory.Instance, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: ct);
    }
}

static class McpCalls
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Calls a tool that must answer (not IsError) and returns its text.</summary>
    public static async Task<string> CallTextAsync(this McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: Ct);
        Assert.False(result.IsError is true, $"{tool} failed: {result.Text()}");
        return result.Text();
    }

    /// <summary>
    /// Calls a tool that must fail as a tool error the model reads, not a protocol error, and returns the words after
    /// the SDK's "An error occurred invoking 'tool': ", which is all the model is told besides them.
    /// </summary>
    public static async Task<string> CallErrorAsync(this McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: Ct);
        Assert.True(result.IsError is true, $"{tool} should have failed but answered: {result.Text()}");
        var prefix = $"An error occurred invoking '{tool}': ";
        Assert.StartsWith(prefix, result.Text());
        return result.Text()[prefix.Length..];
    }

    /// <summary>Arguments written as JSON, sent as they are (also the wrongly typed ones a test wants refused).</summary>
    public static Dictionary<string, object?> Arguments(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    public static string Text(this CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
