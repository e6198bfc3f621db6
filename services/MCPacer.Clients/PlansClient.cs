using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using Microsoft.Extensions.Logging;

namespace MCPacer.Clients;

/// <summary>The plans service: the YAML training plans (broken ones with their problems), edits, context text, adherence and calendars.</summary>
public sealed class PlansClient(HttpClient http, ILogger<PlansClient> logger) : ServiceClient(http, ServiceName, logger)
{
    public const string ServiceName = "plans";

    public Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken ct) => GetJsonAsync<IReadOnlyList<PlanSummary>>("/api/plans", ct);

    public Task<ActivePlan> GetActiveAsync(CancellationToken ct) => GetJsonAsync<ActivePlan>("/api/plans/active", ct);

    public Task<TrainingPlan> GetAsync(string planId, CancellationToken ct) => GetJsonAsync<TrainingPlan>($"/api/plans/{Id(planId)}", ct);

    public Task<string> GetYamlAsync(string planId, CancellationToken ct) => GetTextAsync($"/api/plans/{Id(planId)}/yaml", ct);

    /// <summary>The plan (the active one when null) as compact text for the coach, the current week marked.</summary>
    public Task<string> GetContextAsync(string? planId, CancellationToken ct) =>
        GetTextAsync(planId is null ? "/api/plans/context" : $"/api/plans/context?planId={Id(planId)}", ct);

    /// <summary>Planned against done, week by week; the plans service answers 503 when it cannot reach strava.</summary>
    public Task<PlanAdherence> GetAdherenceAsync(string planId, CancellationToken ct) =>
        GetJsonAsync<PlanAdherence>($"/api/plans/{Id(planId)}/adherence", ct);

    /// <summary>The fitness curves from the recent history carried through the plan's planned runs to race day.</summary>
    public Task<FitnessProjection> GetProjectionAsync(string planId, CancellationToken ct) =>
        GetJsonAsync<FitnessProjection>($"/api/plans/{Id(planId)}/projection", ct);

    /// <summary>The plan as an HTML month calendar page, completed and missed runs marked.</summary>
    public Task<string> GetCalendarHtmlAsync(string planId, CancellationToken ct) => GetTextAsync($"/api/plans/{Id(planId)}/calendar", ct);

    /// <summary>The plan as iCalendar, one all-day event per planned run.</summary>
    public Task<string> GetCalendarIcsAsync(string planId, CancellationToken ct) => GetTextAsync($"/api/plans/{Id(planId)}/calendar.ics", ct);

    public Task<TrainingPlan> CreateAsync(CreatePlanRequest request, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Post, "/api/plans", request, ct);

    public Task DeleteAsync(string planId, CancellationToken ct) => SendAsync(HttpMethod.Delete, $"/api/plans/{Id(planId)}", null, ct);

    public Task<TrainingPlan> AddRunAsync(string planId, RunFields run, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Post, $"/api/plans/{Id(planId)}/runs", run, ct);

    /// <summary>Changes the given fields of the run on a date; with <paramref name="revision"/> only if the plan is still at it (else 409).</summary>
    public Task<TrainingPlan> UpdateRunAsync(string planId, DateOnly date, int index, RunFields fields, string? revision, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Put, $"/api/plans/{Id(planId)}/runs/{date:yyyy-MM-dd}?index={index}", fields, ct, revision);

    /// <summary>Changes the given fields of a run addressed as the original MCPacer did: week number and day name.</summary>
    public Task<TrainingPlan> UpdateRunAsync(string planId, int week, string day, int index, RunFields changes, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Put, $"{RunOfWeek(planId, week, day)}?index={index}", changes, ct);

    public Task<TrainingPlan> RemoveRunAsync(string planId, int week, string day, int index, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Delete, $"{RunOfWeek(planId, week, day)}?index={index}", null, ct);

    public Task<TrainingPlan> UpdateWeekAsync(string planId, int week, WeekUpdate changes, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Put, $"/api/plans/{Id(planId)}/weeks/{week}", changes, ct);

    public Task<TrainingPlan> AddCommentAsync(string planId, int week, string text, CancellationToken ct) =>
        SendJsonAsync<TrainingPlan>(HttpMethod.Post, $"/api/plans/{Id(planId)}/weeks/{week}/comments", new PlanComment(text), ct);

    static string RunOfWeek(string planId, int week, string day) => $"/api/plans/{Id(planId)}/weeks/{week}/runs/{Uri.EscapeDataString(day)}";

    static string Id(string planId) => Uri.EscapeDataString(planId.Trim());
}
