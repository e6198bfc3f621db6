using System.Globalization;
using MCPacer.Contracts.Strava;

namespace MCPacer.Mcp.Clients;

/// <summary>The strava service: synced activities, run detail and streams, digests, notes, feedback and the sync.</summary>
public sealed class StravaClient(HttpClient http, ILogger<StravaClient> logger) : ServiceClient(http, "strava", logger)
{
    public Task<RunContext> GetRunContextAsync(CancellationToken ct) => GetJsonAsync<RunContext>("/api/strava/context/runs", ct);

    public Task<StravaActivityPage> GetActivitiesAsync(int perPage, CancellationToken ct) =>
        GetJsonAsync<StravaActivityPage>($"/api/strava/activities?page=1&per_page={perPage}", ct);

    public Task<IReadOnlyList<StravaActivity>> GetRangeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<StravaActivity>>($"/api/strava/activities/range?from={Day(from)}&to={Day(to)}", ct);

    public Task<StravaActivity> GetActivityAsync(long id, CancellationToken ct) => GetJsonAsync<StravaActivity>($"/api/strava/activities/{id}", ct);

    public Task<RunDetail> GetRunDetailAsync(long id, CancellationToken ct) => GetJsonAsync<RunDetail>($"/api/strava/activities/{id}/detail", ct);

    public Task<StravaActivityStreams> GetStreamsAsync(long id, int maxPoints, CancellationToken ct) =>
        GetJsonAsync<StravaActivityStreams>($"/api/strava/activities/{id}/streams?max_points={maxPoints}", ct);

    public Task<PendingDigests> GetPendingDigestsAsync(int limit, CancellationToken ct) =>
        GetJsonAsync<PendingDigests>($"/api/strava/digests/pending?limit={limit}", ct);

    public Task SaveDigestAsync(long id, string digest, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, $"/api/strava/activities/{id}/digest", new SaveDigestRequest(digest), ct);

    public Task<RunNote> AddNoteAsync(long id, string text, CancellationToken ct) =>
        SendJsonAsync<RunNote>(HttpMethod.Post, $"/api/strava/activities/{id}/notes", new AddNoteRequest(text), ct);

    public Task<CoachingFeedbackResult> PostFeedbackAsync(long id, string feedback, CancellationToken ct) =>
        SendJsonAsync<CoachingFeedbackResult>(HttpMethod.Put, $"/api/strava/activities/{id}/feedback", new CoachingFeedbackRequest(feedback), ct);

    public Task<StravaSyncProgress> GetSyncAsync(CancellationToken ct) => GetJsonAsync<StravaSyncProgress>("/api/strava/sync", ct);

    public Task<StravaSyncProgress> StartSyncAsync(CancellationToken ct) =>
        SendJsonAsync<StravaSyncProgress>(HttpMethod.Post, "/api/strava/sync", null, ct);

    public Task<StravaConnectionStatus> GetConnectionAsync(CancellationToken ct) =>
        GetJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", ct);

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
