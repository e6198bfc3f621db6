using System.Globalization;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using Microsoft.Extensions.Logging;

namespace MCPacer.Clients;

/// <summary>The strava service: the connection, the sync, synced activities, run detail and streams, digests, notes and feedback, and the training science over them.</summary>
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

    public Task<AthleteProfile> GetAthleteProfileAsync(CancellationToken ct) => GetJsonAsync<AthleteProfile>("/api/strava/athlete/profile", ct);

    public Task<AthleteProfile> UpdateAthleteProfileAsync(AthleteProfileUpdate update, CancellationToken ct) =>
        SendJsonAsync<AthleteProfile>(HttpMethod.Put, "/api/strava/athlete/profile", update, ct);

    /// <summary>The daily fitness series; a null bound is the service's default (the last 12 weeks to today).</summary>
    public Task<TrainingLoadSeries> GetTrainingLoadAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = string.Join("&", new[] { from is { } f ? $"from={Day(f)}" : null, to is { } t ? $"to={Day(t)}" : null }.OfType<string>());
        return GetJsonAsync<TrainingLoadSeries>($"/api/strava/training/load{(query.Length > 0 ? "?" + query : "")}", ct);
    }

    public Task<ActivityTrainingLoad> GetActivityLoadAsync(long id, CancellationToken ct) =>
        GetJsonAsync<ActivityTrainingLoad>($"/api/strava/activities/{id}/load", ct);

    /// <summary>Sets (1 to 10) or clears (null) the runner's session RPE; answers the activity's load computed again.</summary>
    public Task<ActivityTrainingLoad> SetSessionRpeAsync(long id, int? rpe, CancellationToken ct) =>
        SendJsonAsync<ActivityTrainingLoad>(HttpMethod.Put, $"/api/strava/activities/{id}/rpe", new SessionRpeUpdate(rpe), ct);

    public Task<RacePredictions> GetPredictionsAsync(CancellationToken ct) => GetJsonAsync<RacePredictions>("/api/strava/training/predictions", ct);

    /// <summary>Calculator mode: the predictions a given performance (km, h:mm:ss or mm:ss) leads to.</summary>
    public Task<RacePredictions> CalculateRaceAsync(double distanceKm, string time, CancellationToken ct) =>
        GetJsonAsync<RacePredictions>($"/api/strava/training/predictions?distance_km={Number(distanceKm)}&time={Uri.EscapeDataString(time)}", ct);

    public Task<TrainingPaceSet> GetTrainingPacesAsync(double? vdot, CancellationToken ct) =>
        GetJsonAsync<TrainingPaceSet>(vdot is { } v ? $"/api/strava/training/paces?vdot={Number(v)}" : "/api/strava/training/paces", ct);

    public Task<BestEffortList> GetBestEffortsAsync(int weeks, CancellationToken ct) =>
        GetJsonAsync<BestEffortList>($"/api/strava/training/best-efforts?weeks={weeks}", ct);

    /// <summary>The fitness curves carried through planned sessions to race day.</summary>
    public Task<FitnessProjection> ProjectAsync(ProjectionRequest request, CancellationToken ct) =>
        SendJsonAsync<FitnessProjection>(HttpMethod.Post, "/api/strava/training/projection", request, ct);

    public Task<ZoneReport> GetZonesAsync(CancellationToken ct) => GetJsonAsync<ZoneReport>("/api/strava/training/zones", ct);

    public Task<ZoneReport> GetActivityZonesAsync(long id, CancellationToken ct) => GetJsonAsync<ZoneReport>($"/api/strava/activities/{id}/zones", ct);

    static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Escaped: 1e308 is written "1E+308", and a bare '+' in a query reads as a space.</summary>
    static string Number(double value) => Uri.EscapeDataString(value.ToString(CultureInfo.InvariantCulture));
}
