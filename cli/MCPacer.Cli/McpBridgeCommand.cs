using System.CommandLine;

namespace MCPacer.Cli;

/// <summary>`mcpacer mcp`: the stdio MCP server for clients that only speak stdio (Claude Desktop), forwarding to the gateway's /mcp.</summary>
static class McpBridgeCommand
{
    public static Command Create(Option<string?> dataDir)
    {
        var command = new Command("mcp",
            "A stdio MCP server that forwards every message to the running stack's /mcp (for Claude Desktop); logs go to stderr");
        command.SetAction((parse, ct) => CommandOutcome.RunAsync(async () =>
        {
            var stack = RunningStack.Find(parse.GetValue(dataDir));
            if (!await stack.GatewayAnswersAsync(ct))
            {
                throw new StackNotRunningException(stack.DataDir);
            }

            await new McpBridge(new Uri(stack.Gateway, "/mcp"), stack.Token).RunAsync(ct);
            return 0;
        }));
        return command;
    }
}
