using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>
/// Every log line written while a tool runs carries the tool's name (a logging scope, exported as ToolName), so the
/// Aspire dashboard's structured logs filter by tool; the trace and span ids come with every line anyway.
/// </summary>
static class ToolLogScope
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, ct) =>
        {
            var logger = request.Services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(ToolLogScope));
            using var scope = logger?.BeginScope(new Dictionary<string, object?> { ["ToolName"] = request.Params?.Name });
            return await next(request, ct);
        };
}
