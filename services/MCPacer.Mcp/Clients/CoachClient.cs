using MCPacer.Contracts.Coach;

namespace MCPacer.Mcp.Clients;

/// <summary>The coach service: memory, session logs, personas, onboarding, body map and the session's texts.</summary>
public sealed class CoachClient(HttpClient http, ILogger<CoachClient> logger) : ServiceClient(http, "coach", logger)
{
    public Task<CoachMemory> GetMemoryAsync(CancellationToken ct) => GetJsonAsync<CoachMemory>("/api/coach/memory", ct);

    public Task<MemoryWriteResult> ReplaceSectionAsync(string key, string content, CancellationToken ct) =>
        SendJsonAsync<MemoryWriteResult>(HttpMethod.Put, $"/api/coach/memory/sections/{Uri.EscapeDataString(key)}",
            new ReplaceMemoryRequest(content), ct);

    public Task<SessionLogs> GetRecentLogsAsync(int count, CancellationToken ct) =>
        GetJsonAsync<SessionLogs>($"/api/coach/sessions?count={count}", ct);

    public Task<SessionLog> SaveLogAsync(string summary, CancellationToken ct) =>
        SendJsonAsync<SessionLog>(HttpMethod.Post, "/api/coach/sessions", new SaveSessionLogRequest(summary), ct);

    public Task<SessionLog> GetLogAsync(DateOnly date, CancellationToken ct) =>
        GetJsonAsync<SessionLog>($"/api/coach/sessions/{date:yyyy-MM-dd}", ct);

    public Task<IReadOnlyList<PersonaSummary>> ListPersonasAsync(CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<PersonaSummary>>("/api/coach/personas", ct);

    public Task<Persona> GetPersonaAsync(string name, CancellationToken ct) =>
        GetJsonAsync<Persona>($"/api/coach/personas/{Uri.EscapeDataString(name)}", ct);

    public Task<OnboardingQuestionnaire> GetOnboardingAsync(CancellationToken ct) =>
        GetJsonAsync<OnboardingQuestionnaire>("/api/coach/onboarding", ct);

    public Task<BodyMapCatalogue> GetBodyRegionsAsync(CancellationToken ct) =>
        GetJsonAsync<BodyMapCatalogue>("/api/coach/bodymap/regions", ct);

    public Task<BodyMapState> GetBodyMapAsync(CancellationToken ct) => GetJsonAsync<BodyMapState>("/api/coach/bodymap", ct);

    public Task<BodyMapState> HighlightAsync(IEnumerable<string> regions, string reason, CancellationToken ct) =>
        SendJsonAsync<BodyMapState>(HttpMethod.Post, "/api/coach/bodymap/highlights",
            new HighlightRegionsRequest([.. regions.Select(r => new HighlightRegionRequest(r, reason))]), ct);

    public Task<BodyMapState> ClearHighlightsAsync(CancellationToken ct) =>
        SendJsonAsync<BodyMapState>(HttpMethod.Delete, "/api/coach/bodymap/highlights", null, ct);

    public Task<SessionContext> GetSessionContextAsync(string? persona, CancellationToken ct) =>
        GetJsonAsync<SessionContext>(persona is null ? "/api/coach/session-context" : $"/api/coach/session-context?persona={Uri.EscapeDataString(persona)}", ct);

    /// <summary>The coaching-session procedure as Markdown, for the persona given or the athlete's preferred one.</summary>
    public Task<string> GetProcedureAsync(string? persona, CancellationToken ct) =>
        GetTextAsync(persona is null ? "/api/coach/procedure" : $"/api/coach/procedure?persona={Uri.EscapeDataString(persona)}", ct);

    public Task<string> GetOnboardingPromptAsync(CancellationToken ct) => GetTextAsync("/api/coach/prompts/onboarding", ct);

    public Task<string> GetDigestRunsPromptAsync(CancellationToken ct) => GetTextAsync("/api/coach/prompts/digest-runs", ct);
}
