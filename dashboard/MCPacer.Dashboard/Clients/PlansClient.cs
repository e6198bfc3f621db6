using System.Net.Http.Headers;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;

namespace MCPacer.Dashboard.Clients;

/// <summary>The plans service: the plans (broken ones with their problems) and planned vs actual per week.</summary>
public sealed class PlansClient(HttpClient http)
{
    public const string Service = "plans";

    public Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken ct) => Get<IReadOnlyList<PlanSummary>>("/api/plans", ct);

    public Task<TrainingPlan> GetAsync(string planId, CancellationToken ct) =>
        Get<TrainingPlan>($"/api/plans/{Uri.EscapeDataString(planId)}", ct);

    /// <summary>Planned against done, week by week; the plans service answers 503 when it cannot reach strava.</summary>
    public Task<PlanAdherence> GetAdherenceAsync(string planId, CancellationToken ct) =>
        Get<PlanAdherence>($"/api/plans/{Uri.EscapeDataString(planId)}/adherence", ct);

    /// <summary>Changes the given fields of a planned run if the plan is still at <paramref name="revision"/> (else 409).</summary>
    public Task<TrainingPlan> UpdateRunAsync(string planId, DateOnly date, int index, RunFields fields, string revision, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/{Uri.EscapeDataString(planId)}/runs/{date:yyyy-MM-dd}?index={index}")
        {
            Content = JsonContent.Create(fields),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{revision}\""));
        return ServiceHttp.ReadAsync<TrainingPlan>(http, Service, request, ct);
    }

    Task<T> Get<T>(string path, CancellationToken ct) =>
        ServiceHttp.ReadAsync<T>(http, Service, new HttpRequestMessage(HttpMethod.Get, path), ct);
}
