using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>
/// Arguments the SDK cannot bind (a missing one, text where a number or a date belongs) would surface as a bare
/// "An error occurred invoking"; this says which argument is wrong so the model can correct its call.
/// </summary>
static class ToolArgumentErrors
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Explain(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, ct) =>
        {
            try
            {
                return await next(request, ct);
            }
            catch (Exception e) when (e is ArgumentException or JsonException or FormatException)
            {
                throw new McpException($"invalid arguments: {Explanation(e)} Check the tool's input schema (dates are yyyy-MM-dd, ids are numbers).");
            }
        };

    static string Explanation(Exception e) => e switch
    {
        JsonException { Path: { Length: > 2 } path } => $"'{path.TrimStart('$', '.')}' has the wrong type or format.",
        _ => e.Message.TrimEnd('.') + ".",
    };
}
