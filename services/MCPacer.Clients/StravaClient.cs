using System.Globalization;
using MCPacer.Contracts.Strava;
using Microsoft.Extensions.Logging;

namespace MCPacer.Clients;

/// <summary>The strava service: the connection, the sync, synced activities, run detail and streams, digests, notes and feedback.</summary>
public sealed class StravaClient(HttpClient http, ILogger<StravaClient> logger) : ServiceClient(http, ServiceName, logger)
{
    public const string ServiceName = "strava";

    /// <summary>Points asked of a run's streams for a chart: enough to look smooth, few enough for a quick page.</summary>
    public const int ChartPoints = 800;

    public Task<StravaConnectionStatus> GetStatusAsync(CancellationToken ct) => GetJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", ct);

    public Task<StravaConnectionStatus> ConnectDemoAthleteAsync(CancellationToken ct) =>
        SendJsonAsync<StravaConnectionStatus>(HttpMethod.Post, "/api/strava/demo/connect", null, ct);

    /// <summary>Stores the runner's own Strava API application; the browser then goes through /api/strava/auth/connect.</summary>
    public Task<StravaConnectionStatus> SaveCredentialsAsync(string clientId, string clientSecret, CancellationToken ct) =>
        SendJsonAsync<StravaConnectionStatus>(HttpMethod.Post, "/api/strava/auth/credentials", new StravaCredentialsRequest(clientId, clientSecret), ct);

    public Task<StravaSyncProgress> GetSyncAsync(CancellationToken ct) => GetJsonAsync<StravaSyncProgress>("/api/strava/sync", ct);

    public Task<StravaSyncProgress> StartSyncAsync(CancellationToken ct) =>
        SendJsonAsync<StravaSyncProgress>(HttpMethod.Post, "/api/strava/sync", null, ct);

    public Task<RunContext> GetRunContextAsync(CancellationToken ct) => GetJsonAsync<RunContext>("/api/strava/context/runs", ct);

    public Task<StravaActivityPage> GetActivitiesAsync(int perPage, CancellationToken ct) =>
        GetJsonAsync<StravaActivityPage>($"/api/strava/activities?page=1&per_page={perPage}", ct);

    public Task<IReadOnlyList<StravaActivity>> GetRangeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        GetJsonAsync<IReadOnlyList<StravaActivity>>($"/api/strava/activities/range?from={Day(from)}&to={Day(to)}", ct);

    public Task<StravaActivity> GetActivityAsync(long id, CancellationToken ct) => GetJsonAsync<StravaActivity>($"/api/strava/activities/{id}", ct);

    public Task<RunDetail> GetRunAsync(long id, CancellationToken ct) => GetJsonAsync<RunDetail>($"/api/strava/activities/{id}/detail", ct);

    public Task<StravaActivityStreams> GetStreamsAsync(long id, CancellationToken ct) => GetStreamsAsync(id, ChartPoints, ct);

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

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
