using MCPacer.Contracts.Coach;
using Microsoft.Extensions.Logging;

namespace MCPacer.Clients;

/// <summary>The coach service: memory by section with versions, session logs, personas, onboarding, the body map and the session's texts.</summary>
public sealed class CoachClient(HttpClient http, ILogger<CoachClient> logger) : ServiceClient(http, ServiceName, logger)
{
    public const string ServiceName = "coach";

    public Task<CoachMemory> GetMemoryAsync(CancellationToken ct) => GetJsonAsync<CoachMemory>("/api/coach/memory", ct);

    /// <summary>
    /// Replaces one section; with <paramref name="version"/> only if the file is still at it (a 409 means someone wrote first).
    /// </summary>
    public Task<MemoryWriteResult> ReplaceSectionAsync(string key, string content, string? version, CancellationToken ct) =>
        SendJsonAsync<MemoryWriteResult>(HttpMethod.Put, $"/api/coach/memory/sections/{Uri.EscapeDataString(key)}",
            new ReplaceMemoryRequest(content), ct, version);

    public Task<IReadOnlyList<MemoryVersion>> ListVersionsAsync(CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<MemoryVersion>>("/api/coach/memory/versions", ct);

    public Task<MemoryVersionContent> GetVersionAsync(string id, CancellationToken ct) =>
        GetJsonAsync<MemoryVersionContent>($"/api/coach/memory/versions/{Uri.EscapeDataString(id)}", ct);

    public Task<MemoryWriteResult> RestoreVersionAsync(string id, string version, CancellationToken ct) =>
        SendJsonAsync<MemoryWriteResult>(HttpMethod.Post, $"/api/coach/memory/versions/{Uri.EscapeDataString(id)}/restore", null, ct, version);

    public Task<SessionLogs> GetRecentSessionsAsync(int count, CancellationToken ct) =>
        GetJsonAsync<SessionLogs>($"/api/coach/sessions?count={count}", ct);

    public Task<SessionLog> SaveSessionAsync(string summary, CancellationToken ct) =>
        SendJsonAsync<SessionLog>(HttpMethod.Post, "/api/coach/sessions", new SaveSessionLogRequest(summary), ct);

    public Task<IReadOnlyList<DateOnly>> GetArchivedSessionDatesAsync(CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<DateOnly>>("/api/coach/sessions/archive", ct);

    public Task<SessionLog> GetSessionAsync(DateOnly date, CancellationToken ct) =>
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

    public Task<BodyMapState> PaintAsync(string regionId, Sensation sensation, string? note, CancellationToken ct) =>
        SendJsonAsync<BodyMapState>(HttpMethod.Put, $"/api/coach/bodymap/painted/{Uri.EscapeDataString(regionId)}",
            new RegionPaint(sensation, note), ct);

    public Task<BodyMapState> UnpaintAsync(string regionId, CancellationToken ct) =>
        SendJsonAsync<BodyMapState>(HttpMethod.Delete, $"/api/coach/bodymap/painted/{Uri.EscapeDataString(regionId)}", null, ct);

    public Task<BodyMapState> HighlightAsync(IEnumerable<string> regions, string reason, CancellationToken ct) =>
        SendJsonAsync<BodyMapState>(HttpMethod.Post, "/api/coach/bodymap/highlights",
            new HighlightRegionsRequest([.. regions.Select(r => new HighlightRegionRequest(r, reason))]), ct);

    public Task<BodyMapState> ClearHighlightsAsync(CancellationToken ct) =>
        SendJsonAsync<BodyMapState>(HttpMethod.Delete, "/api/coach/bodymap/highlights", null, ct);

    public Task<SessionContext> GetSessionContextAsync(string? persona, CancellationToken ct) =>
        GetJsonAsync<SessionContext>(WithPersona("/api/coach/session-context", persona), ct);

    /// <summary>The coaching-session procedure as Markdown, for the persona given or the athlete's preferred one.</summary>
    public Task<string> GetProcedureAsync(string? persona, CancellationToken ct) =>
        GetTextAsync(WithPersona("/api/coach/procedure", persona), ct);

    public Task<string> GetOnboardingPromptAsync(CancellationToken ct) => GetTextAsync("/api/coach/prompts/onboarding", ct);

    public Task<string> GetDigestRunsPromptAsync(CancellationToken ct) => GetTextAsync("/api/coach/prompts/digest-runs", ct);

    static string WithPersona(string path, string? persona) =>
        persona is null ? path : $"{path}?persona={Uri.EscapeDataString(persona)}";
}
