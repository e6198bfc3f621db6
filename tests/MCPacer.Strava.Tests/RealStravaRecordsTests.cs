using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Contracts.Training;
using MCPacer.Strava.Auth;
using MCPacer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Strava.Tests;

/// <summary>
/// Responses real Strava sent, through the real client, sync, store and API: nothing Strava sends may stop the sync
/// or be refused.
/// </summary>
public sealed class RealStravaRecordsTests(RealStravaRecordsTests.SyncedRecords synced) : IClassFixture<RealStravaRecordsTests.SyncedRecords>
{
    readonly RecordedStrava _strava = synced.Strava;
    readonly StravaHost _service = synced.Service;
    readonly HttpClient _client = synced.Service.CreateAuthorizedClient();
    readonly StravaSyncProgress _firstPass = synced.FirstPass;

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_recorded_activity_is_stored_and_the_one_deleted_before_its_detail_is_not()
    {
        Assert.Equal(SyncPhases.Idle, _firstPass.Phase);
        var page = (await _client.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=200", Cancel))!;

        var missing = _strava.Listed.Keys.Except(page.Items.Select(a => a.Id)).ToList();
        Assert.Equal([_strava.DeletedBeforeDetail], missing);
        Assert.DoesNotContain(page.Items, a => a.Id == _strava.DeletedBeforeDetail);
        foreach (var activity in page.Items)
        {
            var detail = await _client.GetAsync($"/api/strava/activities/{activity.Id}/detail", Cancel);
            Assert.True(detail.StatusCode == HttpStatusCode.OK, $"detail of {activity.Id} ({activity.SportType}): {(int)detail.StatusCode}");
        }
    }

    [Fact]
    public async Task Null_samples_inside_streams_are_filled_in_and_recorded_and_the_map_gets_only_points()
    {
        var streams = (await _client.GetFromJsonAsync<StravaActivityStreams>(
            $"/api/strava/activities/{RecordedStrava.RideWithNullSamples}/streams?max_points=5000", Cancel))!;

        Assert.True(streams.OriginalPoints > 100);
        Assert.All(streams.LatLng!, point => Assert.Equal(2, point.Length));
        Assert.Equal(streams.Time!.Count, streams.LatLng!.Count);
        Assert.Equal(streams.Time.Count, streams.Heartrate!.Count);
        Assert.True(streams.Time.SequenceEqual(streams.Time.Order()), "time runs forward after the gap is filled");
        Assert.Contains("latlng 1", streams.Note);
        Assert.Contains("heartrate 1", streams.Note);
    }

    [Fact]
    public async Task A_run_recorded_with_only_the_older_type_is_a_run()
    {
        var run = (await _client.GetFromJsonAsync<StravaActivity>($"/api/strava/activities/{RecordedStrava.RunWithoutSportType}", Cancel))!;

        Assert.Equal("Run", run.SportType);
        Assert.Equal(SportFamilies.Running, run.Family);
        // Its week, 2013-12-09, in the coach's run context: 5,781 m on 12 December, the only run that week.
        Assert.Contains("2013-12-09: 5.8 km · 1 run", await _client.GetStringAsync("/api/strava/context/runs?format=text", Cancel));
    }

    [Fact]
    public async Task Manual_activities_streams_are_never_asked_for_and_answer_with_why_there_are_none()
    {
        var manual = _strava.Manual.ToList();
        Assert.NotEmpty(manual);

        Assert.All(manual, id => Assert.False(_strava.StreamRequests.ContainsKey(id), $"streams of manual activity {id} were asked for"));
        var streams = (await _client.GetFromJsonAsync<StravaActivityStreams>($"/api/strava/activities/{manual[0]}/streams", Cancel))!;
        Assert.Equal(0, streams.Points);
        Assert.Null(streams.LatLng);
        Assert.Contains("no streams", streams.Note);
    }

    [Fact]
    public async Task A_manual_activity_rated_by_the_runner_is_measured_by_session_rpe_and_moves_its_day_until_cleared()
    {
        // The hike entered by hand in November 2013, before the day the records were made (the other is dated 2018).
        var activity = (await _client.GetFromJsonAsync<StravaActivity>("/api/strava/activities/96089609", Cancel))!;
        var dayOf = $"/api/strava/training/load?from={activity.LocalDate:yyyy-MM-dd}&to={activity.LocalDate:yyyy-MM-dd}";
        var before = (await _client.GetFromJsonAsync<ActivityTrainingLoad>($"/api/strava/activities/{activity.Id}/load", Cancel))!;
        var dayBefore = (await _client.GetFromJsonAsync<TrainingLoadSeries>(dayOf, Cancel))!.Days.Single().Load;

        var rated = await PutRpeAsync(activity.Id, 6);
        var dayRated = (await _client.GetFromJsonAsync<TrainingLoadSeries>(dayOf, Cancel))!.Days.Single().Load;
        var cleared = await PutRpeAsync(activity.Id, null);

        Assert.Equal(LoadMethods.DurationEstimate, before.Method);
        Assert.Equal(LoadMethods.SessionRpe, rated.Method);
        Assert.Equal(6, rated.SessionRpe);
        // Foster: RPE × minutes, 4.2 units to a TSS point (RPE 7 for an hour = 100), then the cross-training factor.
        Assert.Equal(Math.Round(6 * (activity.MovingTimeSeconds / 60.0) / 4.2 * rated.CrossTrainingFactor, 1), rated.Load);
        Assert.Contains("session RPE (Foster): 6 x", rated.Basis);
        Assert.Equal(dayBefore - before.Load + rated.Load, dayRated, 1);
        Assert.Equal(LoadMethods.DurationEstimate, cleared.Method);
        Assert.Null(cleared.SessionRpe);
        Assert.Equal(before.Load, cleared.Load);
    }

    async Task<ActivityTrainingLoad> PutRpeAsync(long id, int? rpe)
    {
        var response = await _client.PutAsJsonAsync($"/api/strava/activities/{id}/rpe", new SessionRpeUpdate(rpe), Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActivityTrainingLoad>(Cancel))!;
    }

    [Fact]
    public async Task A_second_pass_asks_for_no_streams_Strava_already_said_it_has_not()
    {
        var asked = _strava.StreamRequests.Values.Sum();
        Assert.True(asked > 2, "the first pass asked for the streams of the activities it listed");

        var progress = await _service.SyncAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(SyncPhases.Idle, progress.Phase);
        Assert.Equal(asked, _strava.StreamRequests.Values.Sum());
    }

    /// <summary>
    /// The recorded athlete connected and synced once. The clock stands on the day Strava's Go client recorded its
    /// streams (2 January 2014), so the sync fetches the streams of every activity it lists (ten years back); Strava's
    /// 15-minute windows pass in a tenth of a second.
    /// </summary>
    public sealed class SyncedRecords(RedisServer redis) : IAsyncLifetime
    {
        static readonly DateTimeOffset RecordedOn = new(2014, 1, 3, 9, 0, 0, TimeSpan.Zero);

        public RecordedStrava Strava { get; } = new();

        public StravaHost Service { get; private set; } = null!;

        public StravaSyncProgress FirstPass { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var clock = new ShiftedClock();
            clock.Advance(RecordedOn - DateTimeOffset.UtcNow);
            Service = new StravaHost(Strava.CreateHandler, redis) { Clock = clock, TimeScale = 9000, Settings = { ["Strava:StreamWeeks"] = "520" } };
            var secrets = Service.Services.GetRequiredService<SecretStore>();
            await secrets.SaveCredentialsAsync(new StravaAppCredentials("12345", "recorded-client-secret"), Cancel);
            await secrets.SaveTokensAsync(new StravaTokens("recorded-access", "recorded-refresh", clock.GetUtcNow().AddHours(6),
                [StravaScopes.Read, StravaScopes.ActivityReadAll], 227615, "John Applestrava"), Cancel);
            FirstPass = await Service.SyncAsync(TimeSpan.FromSeconds(60));
        }

        public async ValueTask DisposeAsync()
        {
            await Service.DisposeAsync();
            await Strava.DisposeAsync();
        }
    }
}
