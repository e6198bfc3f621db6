using MCPacer.Contracts.Strava;

namespace MCPacer.Dashboard.Clients;

/// <summary>The strava service: the connection, the sync's progress and the runs.</summary>
public sealed class StravaClient(HttpClient http)
{
    public const string Service = "strava";

    /// <summary>Points asked of a run's streams: enough for a smooth chart, few enough for a quick page.</summary>
    public const int StreamPoints = 800;

    public Task<StravaConnectionStatus> GetStatusAsync(CancellationToken ct) => Get<StravaConnectionStatus>("/api/strava/auth/status", ct);

    public Task<StravaConnectionStatus> ConnectDemoAthleteAsync(CancellationToken ct) =>
        ServiceHttp.ReadAsync<StravaConnectionStatus>(http, Service, new HttpRequestMessage(HttpMethod.Post, "/api/strava/demo/connect"), ct);

    /// <summary>Stores the runner's own Strava API application; the browser then goes through /api/strava/auth/connect.</summary>
    public Task<StravaConnectionStatus> SaveCredentialsAsync(string clientId, string clientSecret, CancellationToken ct) =>
        ServiceHttp.ReadAsync<StravaConnectionStatus>(http, Service, new HttpRequestMessage(HttpMethod.Post, "/api/strava/auth/credentials")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new StravaCredentialsRequest(clientId, clientSecret)),
        }, ct);

    public Task<StravaSyncProgress> GetSyncAsync(CancellationToken ct) => Get<StravaSyncProgress>("/api/strava/sync", ct);

    public Task<RunDetail> GetRunAsync(long id, CancellationToken ct) => Get<RunDetail>($"/api/strava/activities/{id}/detail", ct);

    public Task<StravaActivityStreams> GetStreamsAsync(long id, CancellationToken ct) =>
        Get<StravaActivityStreams>($"/api/strava/activities/{id}/streams?max_points={StreamPoints}", ct);

    public Task<StravaActivityPage> GetRecentAsync(int perPage, CancellationToken ct) =>
        Get<StravaActivityPage>($"/api/strava/activities?page=1&per_page={perPage}", ct);

    Task<T> Get<T>(string path, CancellationToken ct) =>
        ServiceHttp.ReadAsync<T>(http, Service, new HttpRequestMessage(HttpMethod.Get, path), ct);
}
