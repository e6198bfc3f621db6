using MCPacer.Clients;
using MCPacer.Mcp.Tools;
using MCPacer.ServiceDefaults.Telemetry;

namespace MCPacer.Mcp;

internal static class McpExtensions
{
    /// <summary>The MCP server (stateless streamable HTTP) with its tools, prompts and resources, and the typed clients they call.</summary>
    public static TBuilder AddMcpServerFeatures<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddMCPacerClients();

        builder.Services.AddMcpServer()
            .WithHttpTransport(http => http.Stateless = true)
            .WithRequestFilters(filters => filters
                .AddCallToolFilter(ToolLogScope.Filter)
                .AddCallToolFilter(ToolArgumentCheck.Filter)
                .AddCallToolFilter(ServiceErrors.Filter)
                .AddGetPromptFilter(ServiceErrors.Filter)
                .AddReadResourceFilter(ServiceErrors.Filter))
            .WithToolsFromAssembly()
            .WithPromptsFromAssembly()
            .WithResourcesFromAssembly();

        // The SDK's own spans follow OpenTelemetry's MCP conventions and open inside the HTTP request, so the calls a tool
        // makes to the owning service are their children: one trace per tool call, named after the tool.
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(TelemetryNames.McpSdk))
            .WithMetrics(metrics => metrics.AddMeter(TelemetryNames.McpSdk));
        return builder;
    }
}
