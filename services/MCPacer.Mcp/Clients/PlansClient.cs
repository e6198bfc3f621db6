using MCPacer.Contracts.Plans;

namespace MCPacer.Mcp.Clients;

/// <summary>The plans service: the YAML training plans, their context text, edits and adherence.</summary>
public sealed class PlansClient(HttpClient http, ILogger<PlansClient> logger) : ServiceClient(http, "plans", logger)
{
    public Task<string> GetContextAsync(string? planId, CancellationToken ct) =>
        GetTextAsync(planId is null ? "/api/plans/context" : $"/api/plans/context?planId={Id(planId)}", ct);

    public Task<PlanSummary[]> ListAsync(CancellationToken ct) => GetJsonAsync<PlanSummary[]>("/api/plans", ct);

    public Task<ActivePlan> GetActiveAsync(CancellationToken ct) => GetJsonAsync<ActivePlan>("/api/plans/active", ct);

    public Task<TrainingPlan> GetAsync(string planId, CancellationToken ct) => GetJsonAsync<TrainingPlan>($"/api/plans/{Id(planId)}", ct);

    public Task<string> GetYamlAsync(string planId, CancellationToken ct) => GetTextAsync($"/api/plans/{Id(planId)}/yaml", ct);

    public Task<TrainingPlan> CreateAsync(CreatePlanRequest request, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Post, "/api/plans", request, ct);

    public Task DeleteAsync(string planId, CancellationToken ct) => SendAsync(HttpMethod.Delete, $"/api/plans/{Id(planId)}", null, ct);

    public Task<TrainingPlan> AddRunAsync(string planId, RunFields run, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Post, $"/api/plans/{Id(planId)}/runs", run, ct);

    public Task<TrainingPlan> UpdateRunAsync(string planId, int week, string day, int index, RunFields changes, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Put, $"{RunOfWeek(planId, week, day)}?index={index}", changes, ct);

    public Task<TrainingPlan> RemoveRunAsync(string planId, int week, string day, int index, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Delete, $"{RunOfWeek(planId, week, day)}?index={index}", null, ct);

    public Task<TrainingPlan> UpdateWeekAsync(string planId, int week, WeekUpdate changes, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Put, $"/api/plans/{Id(planId)}/weeks/{week}", changes, ct);

    public Task<TrainingPlan> AddCommentAsync(string planId, int week, string text, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Post, $"/api/plans/{Id(planId)}/weeks/{week}/comments", new PlanComment(text), ct);

    public Task<PlanAdherence> GetAdherenceAsync(string planId, CancellationToken ct) =>
        GetJsonAsync<PlanAdherence>($"/api/plans/{Id(planId)}/adherence", ct);

    static string RunOfWeek(string planId, int week, string day) => $"/api/plans/{Id(planId)}/weeks/{week}/runs/{Uri.EscapeDataString(day)}";

    static string Id(string planId) => Uri.EscapeDataString(planId.Trim());
}
