using System.Net.Http.Headers;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;

namespace MCPacer.Dashboard.Clients;

/// <summary>The coach service: memory by section with versions, session logs, personas and the body map.</summary>
public sealed class CoachClient(HttpClient http)
{
    public const string Service = "coach";

    public Task<CoachMemory> GetMemoryAsync(CancellationToken ct) => Get<CoachMemory>("/api/coach/memory", ct);

    /// <summary>
    /// Replaces one section if the file is still at <paramref name="version"/> (a 409 means someone wrote first);
    /// null only before the file exists.
    /// </summary>
    public Task<MemoryWriteResult> ReplaceSectionAsync(string key, string content, string? version, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/coach/memory/sections/{Uri.EscapeDataString(key)}")
        {
            Content = JsonContent.Create(new ReplaceMemoryRequest(content)),
        };
        if (version is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return ServiceHttp.ReadAsync<MemoryWriteResult>(http, Service, request, ct);
    }

    public Task<IReadOnlyList<MemoryVersion>> ListVersionsAsync(CancellationToken ct) =>
        Get<IReadOnlyList<MemoryVersion>>("/api/coach/memory/versions", ct);

    public Task<MemoryVersionContent> GetVersionAsync(string id, CancellationToken ct) =>
        Get<MemoryVersionContent>($"/api/coach/memory/versions/{Uri.EscapeDataString(id)}", ct);

    public Task<MemoryWriteResult> RestoreVersionAsync(string id, string version, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/coach/memory/versions/{Uri.EscapeDataString(id)}/restore");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return ServiceHttp.ReadAsync<MemoryWriteResult>(http, Service, request, ct);
    }

    public Task<SessionLogs> GetRecentSessionsAsync(int count, CancellationToken ct) =>
        Get<SessionLogs>($"/api/coach/sessions?count={count}", ct);

    public Task<IReadOnlyList<DateOnly>> GetArchivedSessionDatesAsync(CancellationToken ct) =>
        Get<IReadOnlyList<DateOnly>>("/api/coach/sessions/archive", ct);

    public Task<SessionLog> GetSessionAsync(DateOnly date, CancellationToken ct) =>
        Get<SessionLog>($"/api/coach/sessions/{date:yyyy-MM-dd}", ct);

    public Task<IReadOnlyList<PersonaSummary>> ListPersonasAsync(CancellationToken ct) =>
        Get<IReadOnlyList<PersonaSummary>>("/api/coach/personas", ct);

    public Task<BodyMapCatalogue> GetBodyRegionsAsync(CancellationToken ct) =>
        Get<BodyMapCatalogue>("/api/coach/bodymap/regions", ct);

    public Task<BodyMapState> GetBodyMapAsync(CancellationToken ct) => Get<BodyMapState>("/api/coach/bodymap", ct);

    public Task<BodyMapState> PaintAsync(string regionId, Sensation sensation, string? note, CancellationToken ct) =>
        ServiceHttp.ReadAsync<BodyMapState>(http, Service,
            new HttpRequestMessage(HttpMethod.Put, $"/api/coach/bodymap/painted/{Uri.EscapeDataString(regionId)}")
            {
                Content = JsonContent.Create(new RegionPaint(sensation, note)),
            }, ct);

    public Task<BodyMapState> UnpaintAsync(string regionId, CancellationToken ct) =>
        ServiceHttp.ReadAsync<BodyMapState>(http, Service,
            new HttpRequestMessage(HttpMethod.Delete, $"/api/coach/bodymap/painted/{Uri.EscapeDataString(regionId)}"), ct);

    Task<T> Get<T>(string path, CancellationToken ct) =>
        ServiceHttp.ReadAsync<T>(http, Service, new HttpRequestMessage(HttpMethod.Get, path), ct);
}
