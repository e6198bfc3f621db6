using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MCPacer.Contracts.StravaApi;
using MCPacer.Strava.Auth;

namespace MCPacer.Strava.Client;

/// <summary>
/// Strava API v3, typed. Every call carries a valid access token; a 401 gets one refresh and one more try,
/// then the connection is marked "reconnect". 5xx and timeouts are retried with backoff by this client's
/// resilience pipeline, rate limits by <see cref="RateLimitHandler"/> at the caller's <see cref="StravaCallPriority"/>.
/// </summary>
internal sealed class StravaApiClient(HttpClient http, StravaTokenManager tokens)
{
    public const int MaxPageSize = 200;

    public const string StreamKeys = "time,distance,latlng,altitude,heartrate,cadence,watts,temp,velocity_smooth,moving,grade_smooth";

    /// <summary>
    /// A page of the athlete's activities: newest first, or oldest first since <paramref name="after"/>. Each record is
    /// read on its own, so one Strava cannot be read leaves the rest of the page intact and is listed as unreadable.
    /// </summary>
    public async Task<ActivityPage> ListActivitiesAsync(
        int page, int perPage, DateTimeOffset? after, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        var query = $"page={page}&per_page={perPage}" + (after is { } since ? $"&after={since.ToUnixTimeSeconds()}" : "");
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, $"/api/v3/athlete/activities?{query}"), priority, cancellationToken);
        var records = await ReadAsync<List<JsonElement>>(response, cancellationToken);
        var activities = new List<SummaryActivity>(records.Count);
        var unreadable = new List<UnreadableRecord>();
        foreach (var record in records)
        {
            try
            {
                activities.Add(record.Deserialize<SummaryActivity>(StravaJson.Options) ?? throw new JsonException("The record is null."));
            }
            catch (JsonException e)
            {
                unreadable.Add(new UnreadableRecord(IdOf(record), e.Message));
            }
        }

        return new ActivityPage(activities, unreadable);
    }

    /// <summary>The activity with laps, splits and description; null when Strava no longer has it.</summary>
    public async Task<DetailedActivity?> GetActivityAsync(long id, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, $"/api/v3/activities/{id.ToString(CultureInfo.InvariantCulture)}?include_all_efforts=false"),
            priority, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<DetailedActivity>(response, cancellationToken);
    }

    /// <summary>
    /// Every stream the activity has; null when Strava has none for it (an activity entered by hand) or no longer
    /// has the activity. Reads the keyed form it asks for and the list form older answers use.
    /// </summary>
    public async Task<StreamSet?> GetStreamsAsync(long id, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get,
                $"/api/v3/activities/{id.ToString(CultureInfo.InvariantCulture)}/streams?keys={StreamKeys}&key_by_type=true"),
            priority, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var streams = await ReadAsync<JsonNode>(response, cancellationToken);
        return KeyedByType(streams).Deserialize<StreamSet>(StravaJson.Options);
    }

    /// <summary>Replaces the activity's description (needs activity:write); null when Strava no longer has it.</summary>
    public async Task<DetailedActivity?> UpdateDescriptionAsync(long id, string description, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Put, $"/api/v3/activities/{id.ToString(CultureInfo.InvariantCulture)}")
            {
                Content = JsonContent.Create(new UpdatableActivity { Description = description }),
            },
            priority, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<DetailedActivity>(response, cancellationToken);
    }

    async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        var response = await SendOnceAsync(build, token, priority, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            token = await tokens.RefreshAfterUnauthorizedAsync(token, cancellationToken);
            response = await SendOnceAsync(build, token, priority, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                await tokens.MarkNeedsReconnectAsync(cancellationToken);
                throw new StravaReconnectRequiredException(StravaTokenManager.ReconnectMessage);
            }
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            var write = response.RequestMessage?.Method != HttpMethod.Get;
            response.Dispose();
            var scope = write ? StravaScopes.ActivityWrite : StravaScopes.ActivityReadAll;
            throw new StravaScopeMissingException(scope,
                $"Strava refused: MCPacer's authorization lacks the '{scope}' scope. Reconnect Strava and leave that box ticked.");
        }

        if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new StravaUnavailableException(status == 429
                ? "Strava's rate limit is spent; the sync resumes in the next window."
                : $"Strava answered {status} after several tries; try again in a few minutes.");
        }

        return response;
    }

    async Task<HttpResponseMessage> SendOnceAsync(Func<HttpRequestMessage> build, string token, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        using var request = build();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Options.Set(RateLimitHandler.PriorityKey, priority);
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new StravaUnavailableException("Strava could not be reached after several tries.", e);
        }
        catch (Exception e) when (e is TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StravaUnavailableException("Strava did not answer in time after several tries.", e);
        }
    }

    /// <summary>The list form ([{"type": "time", "data": [...]}, ...]) as the keyed form ({"time": {"data": [...]}}).</summary>
    static JsonNode KeyedByType(JsonNode streams) => streams is JsonArray list
        ? new JsonObject(list.OfType<JsonObject>()
            .Where(s => s["type"]?.GetValueKind() == JsonValueKind.String)
            .Select(s => KeyValuePair.Create(s["type"]!.GetValue<string>(), (JsonNode?)s.DeepClone())))
        : streams;

    static long? IdOf(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var id) && id.TryGetInt64(out var value) ? value : null;

    static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new StravaUnavailableException($"Strava answered {(int)response.StatusCode} to {response.RequestMessage?.RequestUri?.AbsolutePath}.");
        }

        return await response.Content.ReadFromJsonAsync<T>(StravaJson.Options, cancellationToken)
            ?? throw new StravaUnavailableException($"Strava answered {response.RequestMessage?.RequestUri?.AbsolutePath} with an empty body.");
    }
}
