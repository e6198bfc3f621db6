using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

/// <summary>Read-mostly tests sharing one stand-in (the clock stays put, well under 100 reads in all).</summary>
public sealed class ActivityApiTests(SharedStandIn shared) : IClassFixture<SharedStandIn>
{
    readonly StandInHost _standIn = shared.StandIn;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<IReadOnlyList<SummaryActivity>> ListAsync(HttpClient api, string query) =>
        (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>($"/api/v3/athlete/activities?{query}", Ct))!;

    [Fact]
    public async Task Pages_list_every_activity_once_newest_first_and_nothing_from_the_future()
    {
        var api = await _standIn.ConnectedClientAsync();

        var pages = new List<SummaryActivity>();
        for (var page = 1; ; page++)
        {
            var batch = await ListAsync(api, $"page={page}&per_page=50");
            pages.AddRange(batch);
            if (batch.Count < 50)
            {
                break;
            }
        }

        var all = await ListAsync(api, "per_page=200");
        Assert.InRange(all.Count, 100, 199);
        Assert.Equal(all.Select(a => a.Id), pages.Select(a => a.Id));
        Assert.Equal(all.OrderByDescending(a => a.StartDate).Select(a => a.Id), all.Select(a => a.Id));
        Assert.All(all, a => Assert.True(a.StartDate.AddSeconds(a.ElapsedTime) <= _standIn.Clock.GetUtcNow()));
        Assert.Equal(30, (await ListAsync(api, "")).Count);
    }

    [Fact]
    public async Task Before_and_after_bound_the_start_time_in_epoch_seconds()
    {
        var api = await _standIn.ConnectedClientAsync();
        var after = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        var before = new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);

        var week = await ListAsync(api, $"after={after.ToUnixTimeSeconds()}&before={before.ToUnixTimeSeconds()}&per_page=200");

        Assert.InRange(week.Count, 5, 9);
        Assert.All(week, a => Assert.InRange(a.StartDate, after, before));
        Assert.Empty(await ListAsync(api, $"after={_standIn.Clock.GetUtcNow().ToUnixTimeSeconds()}"));
    }

    [Fact]
    public async Task Per_page_over_200_or_an_impossible_date_is_refused_with_the_field_named()
    {
        var api = await _standIn.ConnectedClientAsync();

        var response = await api.GetAsync("/api/v3/athlete/activities?per_page=201", Ct);
        var farFuture = await api.GetAsync("/api/v3/athlete/activities?before=999999999999999", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("per_page", (await response.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
        Assert.Equal(HttpStatusCode.BadRequest, farFuture.StatusCode);
        Assert.Equal("before", (await farFuture.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }

    [Fact]
    public async Task Start_date_local_is_the_Berlin_wall_clock()
    {
        var api = await _standIn.ConnectedClientAsync();

        var activities = await ListAsync(api, "per_page=200");

        Assert.All(activities, a =>
        {
            Assert.Equal(a.StartDate.UtcDateTime.AddSeconds(a.UtcOffset), a.StartDateLocal);
            Assert.EndsWith("Europe/Berlin", a.Timezone);
        });
        Assert.Contains(activities, a => a.UtcOffset == 7200);
        Assert.Contains(activities, a => a.UtcOffset == 3600);
    }

    [Fact]
    public async Task A_workout_has_laps_for_warmup_reps_recoveries_and_cooldown_and_a_split_per_km()
    {
        var api = await _standIn.ConnectedClientAsync();
        var intervals = (await ListAsync(api, "per_page=200")).First(a => a.Name.StartsWith("6x1km", StringComparison.Ordinal));

        var detail = await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{intervals.Id}", Ct);
        var laps = await api.GetFromJsonAsync<IReadOnlyList<Lap>>($"/api/v3/activities/{intervals.Id}/laps", Ct);

        Assert.Equal(3, detail!.WorkoutType);
        Assert.Equal(1 + 6 + 5 + 1, detail.Laps.Count);
        Assert.Equal(detail.Laps.Select(l => l.Id), laps!.Select(l => l.Id));
        var reps = detail.Laps.Where((_, i) => i % 2 == 1 && i < 12).ToList();
        Assert.All(reps, rep => Assert.InRange(rep.Distance, 990, 1020));
        Assert.All(reps, rep => Assert.InRange(1000 / rep.AverageSpeed, 220, 240));
        Assert.True(reps.Average(r => r.AverageHeartrate!.Value) > detail.Laps[0].AverageHeartrate + 15);
        Assert.Equal((int)Math.Ceiling(detail.Distance / 1000), detail.SplitsMetric.Count);
        Assert.InRange(detail.SplitsMetric.Sum(s => s.Distance), detail.Distance - 5, detail.Distance + 5);
        Assert.NotNull(detail.Map.Polyline);
    }

    [Fact]
    public async Task Streams_keyed_by_type_have_one_sample_per_second_and_match_the_summary()
    {
        var api = await _standIn.ConnectedClientAsync();
        var run = (await ListAsync(api, "per_page=50")).First(a => a.SportType == SportTypes.Run && !a.Trainer);
        const string keys = "time,distance,latlng,altitude,heartrate,cadence,velocity_smooth,moving,grade_smooth";

        var streams = await api.GetFromJsonAsync<StreamSet>($"/api/v3/activities/{run.Id}/streams?keys={keys}&key_by_type=true", Ct);

        var size = streams!.TimeStream!.Data.Count;
        Assert.Equal(run.ElapsedTime + 1, size);
        Assert.All(new[]
        {
            streams.DistanceStream!.Data.Count, streams.LatLngStream!.Data.Count, streams.AltitudeStream!.Data.Count,
            streams.HeartrateStream!.Data.Count, streams.CadenceStream!.Data.Count, streams.VelocitySmoothStream!.Data.Count,
            streams.MovingStream!.Data.Count, streams.GradeSmoothStream!.Data.Count,
        }, count => Assert.Equal(size, count));
        Assert.Equal(run.Distance, streams.DistanceStream.Data[^1], 0.5);
        Assert.Equal(run.StartLatlng, streams.LatLngStream.Data[0]);
        Assert.Equal(run.MovingTime, streams.MovingStream.Data.Skip(1).Count(m => m));
        Assert.InRange(streams.CadenceStream.Data.Where(c => c > 0).Average(), 80, 95);
    }

    [Fact]
    public async Task Heart_rate_drifts_up_over_a_steady_long_run()
    {
        var api = await _standIn.ConnectedClientAsync();
        var week5Sunday = DemoMarathonBuild.Weeks(StandInHost.Today)[4].WeekStart.AddDays(6);
        var longRun = (await ListAsync(api, "per_page=200"))
            .Single(a => a.WorkoutType == 2 && DateOnly.FromDateTime(a.StartDateLocal) == week5Sunday);

        var streams = await api.GetFromJsonAsync<StreamSet>($"/api/v3/activities/{longRun.Id}/streams?keys=heartrate,moving&key_by_type=true", Ct);

        var moving = streams!.MovingStream!.Data;
        var heartrate = streams.HeartrateStream!.Data.Where((_, i) => moving[i]).ToList();
        var quarter = heartrate.Count / 4;
        Assert.True(heartrate.Skip(3 * quarter).Average() > heartrate.Skip(quarter).Take(quarter).Average() + 4, "heart rate drifts up");
    }

    [Fact]
    public async Task Streams_leave_out_what_the_activity_lacks_and_ignore_unknown_types_as_Strava_does()
    {
        var api = await _standIn.ConnectedClientAsync();
        var treadmill = (await ListAsync(api, "per_page=200")).First(a => a.SportType == SportTypes.Run && a.Trainer);

        var streams = await api.GetFromJsonAsync<JsonObject>(
            $"/api/v3/activities/{treadmill.Id}/streams?keys=time,latlng,heartrate,watts,power&key_by_type=true", Ct);
        var none = await api.GetFromJsonAsync<JsonObject>($"/api/v3/activities/{treadmill.Id}/streams?key_by_type=true", Ct);

        Assert.Equal(["time", "distance", "heartrate"], streams!.Select(s => s.Key));
        Assert.Equal(["distance"], none!.Select(s => s.Key));
    }

    [Fact]
    public async Task Without_key_by_type_streams_come_as_a_list_each_naming_its_type_and_the_path_form_works_too()
    {
        var api = await _standIn.ConnectedClientAsync();
        var run = (await ListAsync(api, "per_page=10")).First(a => a.SportType == SportTypes.Run && !a.Trainer);

        var list = await api.GetFromJsonAsync<JsonArray>($"/api/v3/activities/{run.Id}/streams?keys=time,heartrate", Ct);
        var path = await api.GetFromJsonAsync<JsonArray>($"/api/v3/activities/{run.Id}/streams/time,latlng", Ct);
        var keyed = await api.GetFromJsonAsync<StreamSet>($"/api/v3/activities/{run.Id}/streams/heartrate?key_by_type=true", Ct);

        Assert.Equal(["time", "distance", "heartrate"], list!.Select(s => (string)s!["type"]!));
        Assert.All(list!, s => Assert.Equal(["type", "data", "series_type", "original_size", "resolution"], s!.AsObject().Select(p => p.Key)));
        Assert.All(list!, s => Assert.Equal(run.ElapsedTime + 1, s!["data"]!.AsArray().Count));
        Assert.Equal(["time", "distance", "latlng"], path!.Select(s => (string)s!["type"]!));
        Assert.Equal(run.ElapsedTime + 1, keyed!.HeartrateStream!.Data.Count);
    }

    [Fact]
    public async Task A_key_by_type_that_is_no_boolean_is_refused_with_the_field_named()
    {
        var api = await _standIn.ConnectedClientAsync();
        var id = (await ListAsync(api, "per_page=1"))[0].Id;

        var response = await api.GetAsync($"/api/v3/activities/{id}/streams?keys=time&key_by_type=maybe", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("key_by_type", (await response.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }

    [Fact]
    public async Task An_unknown_activity_is_404_with_Stravas_body()
    {
        var api = await _standIn.ConnectedClientAsync();

        var response = await api.GetAsync("/api/v3/activities/123", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"message":"Record Not Found","errors":[{"resource":"Activity","field":"id","code":"invalid"}]}""",
            await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Updating_without_activity_write_is_refused_naming_the_missing_permission()
    {
        var api = await _standIn.ConnectedClientAsync("read,activity:read_all");
        var id = (await ListAsync(api, "per_page=1"))[0].Id;

        var response = await api.PutAsJsonAsync($"/api/v3/activities/{id}", new UpdatableActivity { Description = "Nice run" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single();
        Assert.Equal(("AccessToken", "activity:write_permission", "missing"), (error.Resource, error.Field, error.Code));
        Assert.NotEqual("Nice run", (await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{id}", Ct))!.Description);
    }

    [Fact]
    public async Task Updating_the_description_with_activity_write_is_served_back()
    {
        var api = await _standIn.ConnectedClientAsync();
        var id = (await ListAsync(api, "per_page=1"))[0].Id;

        var response = await api.PutAsJsonAsync($"/api/v3/activities/{id}", new UpdatableActivity { Description = "Legs fine.\n\n-- Coach: well paced." }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Legs fine.\n\n-- Coach: well paced.", (await response.Content.ReadFromJsonAsync<DetailedActivity>(Ct))!.Description);
        Assert.Equal("Legs fine.\n\n-- Coach: well paced.", (await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{id}", Ct))!.Description);
    }

    [Fact]
    public async Task Private_activities_are_listed_only_with_activity_read_all()
    {
        var everything = await ListAsync(await _standIn.ConnectedClientAsync("read,activity:read_all"), "per_page=200");
        var publicOnly = await ListAsync(await _standIn.ConnectedClientAsync("read,activity:read"), "per_page=200");
        var noActivities = await (await _standIn.ConnectedClientAsync("read")).GetAsync("/api/v3/athlete/activities", Ct);

        var hidden = everything.Where(a => a.Private).ToList();
        Assert.NotEmpty(hidden);
        Assert.Equal(everything.Count - hidden.Count, publicOnly.Count);
        Assert.DoesNotContain(publicOnly, a => a.Private);
        Assert.Equal(HttpStatusCode.Unauthorized, noActivities.StatusCode);
        Assert.Equal("activity:read_permission", (await noActivities.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }
}
