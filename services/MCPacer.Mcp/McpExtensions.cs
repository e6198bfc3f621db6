using MCPacer.Clients;
using MCPacer.Mcp.Tools;

namespace MCPacer.Mcp;

public static class McpExtensions
{
    /// <summary>The MCP server (stateless streamable HTTP) with its tools, prompts and resources, and the typed clients they call.</summary>
    public static TBuilder AddMcpServerFeatures<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddMCPacerClients();

        builder.Services.AddMcpServer()
            .WithHttpTransport(http => http.Stateless = true)
            .WithRequestFilters(filters => filters
                .AddCallToolFilter(ToolArgumentCheck.Filter)
                .AddCallToolFilter(ServiceErrors.Filter)
                .AddGetPromptFilter(ServiceErrors.Filter)
                .AddReadResourceFilter(ServiceErrors.Filter))
            .WithToolsFromAssembly()
            .WithPromptsFromAssembly()
            .WithResourcesFromAssembly();
        return builder;
    }
}
