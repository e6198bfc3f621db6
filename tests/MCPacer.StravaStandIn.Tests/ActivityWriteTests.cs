using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

/// <summary>Strava's writes as clients send them (form or JSON) and the watch's uploads: what the API serves afterwards.</summary>
public sealed class ActivityWriteTests : IDisposable
{
    readonly StandInHost _standIn = new(historyDays: 30);

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    async Task<IReadOnlyList<SummaryActivity>> ListAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;

    [Fact]
    public async Task Updating_with_a_form_body_changes_the_activity_as_a_JSON_body_does()
    {
        var api = await _standIn.ConnectedClientAsync();
        var id = (await ListAsync(api))[0].Id;

        var response = await api.PutAsync($"/api/v3/activities/{id}",
            Form(("name", "Evening shakeout"), ("description", "Felt easy."), ("trainer", "true"), ("type", "TrailRun")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{id}", Ct);
        Assert.Equal(("Evening shakeout", "Felt easy.", true, "TrailRun"), (detail!.Name, detail.Description, detail.Trainer, detail.SportType));
        var bad = await api.PutAsync($"/api/v3/activities/{id}", Form(("commute", "perhaps")), Ct);
        Assert.Equal("commute", (await bad.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }

    [Fact]
    public async Task A_manual_activity_is_created_with_201_and_listed_newest_first_without_map_laps_or_streams()
    {
        var api = await _standIn.ConnectedClientAsync();

        var response = await api.PostAsync("/api/v3/activities", Form(
            ("name", "Treadmill at the hotel"), ("sport_type", "Run"), ("start_date_local", "2026-11-25T19:45:00Z"),
            ("elapsed_time", "1800"), ("distance", "5400"), ("description", "Typed in."), ("trainer", "1"), ("commute", "0")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var created = (await response.Content.ReadFromJsonAsync<DetailedActivity>(Ct))!;
        Assert.True(created.Manual);
        Assert.Equal(("", "", 0), (created.Map.Polyline, created.Map.SummaryPolyline, created.Laps.Count));
        Assert.Equal((new DateTime(2026, 11, 25, 19, 45, 0), new DateTimeOffset(2026, 11, 25, 18, 45, 0, TimeSpan.Zero)), (created.StartDateLocal, created.StartDate));
        Assert.Equal((5400.0, 1800, 1800, 3.0, true, false), (created.Distance, created.ElapsedTime, created.MovingTime, created.AverageSpeed, created.Trainer, created.HasHeartrate));
        Assert.Equal(created.Id, (await ListAsync(api))[0].Id);
        Assert.Empty((await api.GetFromJsonAsync<IReadOnlyList<Lap>>($"/api/v3/activities/{created.Id}/laps", Ct))!);
        var streams = await api.GetAsync($"/api/v3/activities/{created.Id}/streams?keys=time&key_by_type=true", Ct);
        Assert.Equal(HttpStatusCode.NotFound, streams.StatusCode);
        Assert.Equal("""{"message":"Resource Not Found","errors":[]}""", await streams.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_manual_activity_may_come_as_JSON_with_type_and_a_start_with_its_own_offset()
    {
        var api = await _standIn.ConnectedClientAsync();

        var response = await api.PostAsJsonAsync("/api/v3/activities",
            new { name = "Spin class", type = "Ride", start_date_local = "2026-11-24 07:10:00 -0500", elapsed_time = 2700 }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<DetailedActivity>(Ct))!;
        Assert.Equal(("Ride", new DateTimeOffset(2026, 11, 24, 12, 10, 0, TimeSpan.Zero)), (created.SportType, created.StartDate));
        Assert.Equal(0, created.Distance);
    }

    [Fact]
    public async Task Creating_needs_activity_write_and_the_required_fields()
    {
        var readOnly = await _standIn.ConnectedClientAsync("read,activity:read_all");
        var api = await _standIn.ConnectedClientAsync();
        var fields = new[] { ("name", "x"), ("sport_type", "Run"), ("start_date_local", "2026-11-20T10:00:00Z") };

        var unauthorized = await readOnly.PostAsync("/api/v3/activities", Form([.. fields, ("elapsed_time", "60")]), Ct);
        var missing = await api.PostAsync("/api/v3/activities", Form(fields), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var error = (await missing.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single();
        Assert.Equal(("elapsed_time", "missing"), (error.Field, error.Code));
    }

    [Fact]
    public async Task An_upload_from_the_watch_is_listed_first_with_its_laps_streams_and_figures()
    {
        var api = await _standIn.ConnectedClientAsync();
        var seconds = Enumerable.Range(0, 601).ToArray();
        var upload = new
        {
            name = "Lunch tempo",
            sport_type = "Run",
            start_date = _standIn.Clock.GetUtcNow().AddMinutes(-30),
            average_heartrate = 151.0,
            lap_end_indices = new[] { 300 },
            streams = new
            {
                time = seconds,
                distance = seconds.Select(s => s * 3.5).ToArray(),
                heartrate = seconds.Select(s => 120 + s / 20).ToArray(),
            },
        };

        var response = await _standIn.CreateClient().PostAsJsonAsync("/_standin/activities", upload, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<DetailedActivity>(Ct))!.Id;
        var listed = (await ListAsync(api))[0];
        Assert.Equal((id, "Lunch tempo", 2100.0, 600, 151.0), (listed.Id, listed.Name, listed.Distance, listed.ElapsedTime, listed.AverageHeartrate));
        var detail = (await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{id}", Ct))!;
        Assert.Equal([1050.0, 1050.0], detail.Laps.Select(l => l.Distance));
        var streams = await api.GetFromJsonAsync<JsonObject>($"/api/v3/activities/{id}/streams?keys=time,heartrate,latlng&key_by_type=true", Ct);
        Assert.Equal(["time", "distance", "heartrate"], streams!.Select(s => s.Key));
        Assert.Equal(150, (int)streams!["heartrate"]!["data"]![600]!);
    }

    [Fact]
    public async Task An_upload_without_laps_has_one_and_one_with_streams_of_different_lengths_is_refused()
    {
        var client = _standIn.CreateClient();
        var start = _standIn.Clock.GetUtcNow().AddHours(-3);

        var oneLap = await client.PostAsJsonAsync("/_standin/activities",
            new { sport_type = "Run", start_date = start, streams = new { time = new[] { 0, 1, 2 }, distance = new[] { 0.0, 3, 6 } } }, Ct);
        var uneven = await client.PostAsJsonAsync("/_standin/activities",
            new { sport_type = "Run", start_date = start, streams = new { time = new[] { 0, 1, 2 }, heartrate = new[] { 120, 121 } } }, Ct);

        Assert.Single((await oneLap.Content.ReadFromJsonAsync<DetailedActivity>(Ct))!.Laps);
        Assert.Equal(HttpStatusCode.BadRequest, uneven.StatusCode);
        Assert.Contains("streams.heartrate", await uneven.Content.ReadAsStringAsync(Ct));
    }

    public void Dispose() => _standIn.Dispose();
}
