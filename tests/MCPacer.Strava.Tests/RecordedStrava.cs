using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MCPacer.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace MCPacer.Strava.Tests;

/// <summary>
/// Plays Strava with responses real Strava sent (../shared/strava-fixtures): the listing is every recorded summary
/// and detail, each detail call answers the recorded detail (else the recorded summary, else Strava's recorded 404),
/// and streams are the two recorded sets (Strava's own Go client's 2014 ride in list form with nulls inside, and
/// a 2018 marathon's distance stream keyed by type); every other activity has none (Strava's 404).
/// </summary>
public sealed class RecordedStrava : IAsyncDisposable
{
    /// <summary>Strava's own Go client's 2014 ride: streams in list form, a null sample in seven of them.</summary>
    public const long RideWithNullSamples = 103221154;

    /// <summary>A 2013 run whose records carry only the older <c>type</c>, no <c>sport_type</c>.</summary>
    public const long RunWithoutSportType = 99895560;

    readonly WebApplication _app;
    readonly Dictionary<long, JsonObject> _summaries = [];
    readonly Dictionary<long, JsonObject> _details = [];
    readonly Dictionary<long, string> _streams = [];
    readonly string _notFound = StravaFixtures.CassetteText("client_not_found_error");

    public RecordedStrava()
    {
        foreach (var selected in StravaFixtures.Read("strava-ruby-client/all_athlete_activities.selected.json")["selected"]!.AsArray())
        {
            AddSummary(selected!["activity"]!.AsObject());
        }

        foreach (var summary in StravaFixtures.Read("go.strava/current_athlete_list_activities.body").AsArray()
                     .Concat(StravaFixtures.Cassette("client_athlete_activities_december_2018").AsArray()))
        {
            AddSummary(summary!.AsObject());
        }

        foreach (var detail in (JsonNode[])
                 [
                     StravaFixtures.Read("stravalib/activity.3.json"), StravaFixtures.Read("stravalib/activity-manual.3.json"),
                     StravaFixtures.Read("go.strava/activity_get.body"), StravaFixtures.Read("go.strava/activity_get_run.body"),
                     StravaFixtures.Cassette("client_activity"),
                     StravaFixtures.Cassette("client_activity_ride"),
                     StravaFixtures.Cassette("client_create_activity"),
                     StravaFixtures.Cassette("client_update_activity"),
                 ])
        {
            var id = Id(detail);
            _details[id] = detail.AsObject();
            _summaries.TryAdd(id, detail.AsObject());
        }

        _streams[RideWithNullSamples] = StravaFixtures.ReadText("go.strava/activity_stream.body");
        _streams[Id(StravaFixtures.Cassette("client_activity"))] =
            StravaFixtures.CassetteText("client_activity_streams");

        // Deleted on Strava between the listing and the detail call.
        DeletedBeforeDetail = _summaries.Keys.Except(_details.Keys).Order().First();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapGet("/api/v3/athlete/activities", (int page) =>
            Json(page == 1 ? new JsonArray([.. _summaries.Values.Select(s => s.DeepClone())]).ToJsonString() : "[]"));
        _app.MapGet("/api/v3/activities/{id:long}", (long id) =>
            id == DeletedBeforeDetail ? NotFound()
            : _details.TryGetValue(id, out var detail) ? Json(detail.ToJsonString())
            : _summaries.TryGetValue(id, out var summary) ? Json(summary.ToJsonString())
            : NotFound());
        _app.MapGet("/api/v3/activities/{id:long}/streams", (long id) =>
        {
            StreamRequests.AddOrUpdate(id, 1, (_, n) => n + 1);
            return _streams.TryGetValue(id, out var streams) ? Json(streams) : NotFound();
        });
        _app.StartAsync().GetAwaiter().GetResult();
    }

    public HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    public long DeletedBeforeDetail { get; }

    /// <summary>Every activity the listing holds, by id, as Strava sent it.</summary>
    public IReadOnlyDictionary<long, JsonObject> Listed => _summaries;

    public ConcurrentDictionary<long, int> StreamRequests { get; } = new();

    public IEnumerable<long> Manual => _summaries.Where(s => s.Value["manual"]?.GetValue<bool>() == true).Select(s => s.Key);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    void AddSummary(JsonObject summary) => _summaries.TryAdd(Id(summary), summary);

    static long Id(JsonNode activity) => activity["id"]!.GetValue<long>();

    static IResult Json(string body) => Results.Text(body, "application/json; charset=utf-8");

    IResult NotFound() => Results.Text(_notFound, "application/json; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
