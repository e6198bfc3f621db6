using System.ComponentModel.DataAnnotations;

namespace MCPacer.Terminal.Workspace;

/// <summary>Where Claude Code reaches MCPacer's MCP server: the gateway's public address (MCPacer:GatewayUrl, set by the AppHost).</summary>
internal sealed class GatewayOptions
{
    public const string Section = "MCPacer";

    [Required(ErrorMessage = "MCPacer:GatewayUrl is not set; start the service from the AppHost or set MCPacer__GatewayUrl to the gateway's address.")]
    [Url(ErrorMessage = "MCPacer:GatewayUrl must be an absolute http(s) address.")]
    public string GatewayUrl { get; set; } = "";

    public Uri McpUrl => new(new Uri(GatewayUrl.TrimEnd('/') + "/"), "mcp");
}
