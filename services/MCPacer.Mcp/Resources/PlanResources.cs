using System.ComponentModel;
using MCPacer.Clients;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Resources;

[McpServerResourceType]
internal sealed class PlanResources(PlansClient plans)
{
    [McpServerResource(UriTemplate = "mcpacer://plans/{plan_id}", Name = "training_plan", MimeType = "application/yaml")]
    [Description("A training plan's YAML file, by plan id (list_training_plans lists them).")]
    public Task<string> Plan([Description("The plan's id.")] string plan_id, CancellationToken ct) => plans.GetYamlAsync(plan_id, ct);
}
