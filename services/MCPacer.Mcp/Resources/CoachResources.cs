using System.ComponentModel;
using MCPacer.Clients;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Resources;

[McpServerResourceType]
internal sealed class CoachResources(CoachClient coach)
{
    [McpServerResource(UriTemplate = "mcpacer://coach/memory", Name = "coach_memory", MimeType = "text/markdown")]
    [Description("COACH_MEMORY.md: what the coach knows about the athlete, section by section.")]
    public async Task<string> Memory(CancellationToken ct) => (await coach.GetMemoryAsync(ct)).Content;
}
