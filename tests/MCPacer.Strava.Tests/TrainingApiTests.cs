using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Clients;
using MCPacer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace MCPacer.Strava.Tests;

/// <summary>Load, fitness, predictions and zones over the synced demo marathon build.</summary>
public sealed class TrainingApiTests(SyncedAthlete athlete) : IClassFixture<SyncedAthlete>
{
    readonly HttpClient _client = athlete.Service.CreateAuthorizedClient();

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Max_heart_rate_and_threshold_are_estimated_from_the_streams_and_marked_so()
    {
        var profile = await GetAsync<AthleteProfile>("/api/strava/athlete/profile");

        Assert.Equal(ProfileSources.Estimated, profile.MaxHeartrate.Source);
        Assert.InRange(profile.MaxHeartrate.Value!.Value, 175, 192);
        Assert.Contains("95th percentile", profile.MaxHeartrate.Basis);
        Assert.Equal(ProfileSources.Estimated, profile.ThresholdPace.Source);
        Assert.InRange(profile.ThresholdPace.Value!.Value, 3 * 60 + 40, 4 * 60 + 40);
        Assert.Equal(ProfileSources.Estimated, profile.ThresholdHeartrate.Source);
        Assert.Equal(ProfileSources.Unknown, profile.RestingHeartrate.Source);
        Assert.True(File.Exists(Path.Combine(athlete.Service.StravaDirectory, "athlete-profile.json")));
    }

    [Fact]
    public async Task A_run_is_measured_by_rtss_against_the_threshold_pace_and_strength_counts_nothing()
    {
        var activities = (await GetAsync<StravaActivityPage>("/api/strava/activities?per_page=60")).Items;
        var run = activities.First(a => a.Family == SportFamilies.Running && a.HasStreams && a.MovingTimeSeconds > 2400);
        var strength = activities.First(a => a.SportType == "WeightTraining");

        var load = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{run.Id}/load");
        var strengthLoad = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{strength.Id}/load");

        Assert.Equal(LoadMethods.RunningTss, load.Method);
        Assert.InRange(load.Load, 20, 400);
        Assert.Contains("threshold pace", load.Basis);
        Assert.Null(load.Trimp);
        Assert.Equal(0, strengthLoad.Load);
        Assert.Equal(0, strengthLoad.CrossTrainingFactor);
    }

    [Fact]
    public async Task With_the_runners_heart_rates_a_ride_is_measured_by_hrtss_and_a_run_gets_its_trimp()
    {
        var activities = (await GetAsync<StravaActivityPage>("/api/strava/activities?per_page=60")).Items;
        var ride = activities.First(a => a.SportType == "Ride" && a.HasStreams && a.AverageHeartrate is not null);
        var run = activities.First(a => a.Family == SportFamilies.Running && a.HasStreams && a.AverageHeartrate is not null);
        var before = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{ride.Id}/load");

        (await _client.PutAsJsonAsync("/api/strava/athlete/profile", new AthleteProfileUpdate(188, 46, 170), Cancel)).EnsureSuccessStatusCode();
        try
        {
            var rideLoad = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{ride.Id}/load");
            var runLoad = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{run.Id}/load");

            Assert.Equal(LoadMethods.DurationEstimate, before.Method);
            Assert.Equal(LoadMethods.HeartRateTss, rideLoad.Method);
            Assert.Contains("threshold HR 170 (max 188, resting 46)", rideLoad.Basis);
            Assert.InRange(rideLoad.Load, 10, 150);
            Assert.NotNull(rideLoad.Trimp);
            Assert.Equal(LoadMethods.RunningTss, runLoad.Method);
            Assert.InRange(runLoad.Trimp!.Value, 10, 500);
        }
        finally
        {
            (await _client.PutAsJsonAsync("/api/strava/athlete/profile", new AthleteProfileUpdate(), Cancel)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_session_rpe_does_not_replace_a_load_measured_from_the_streams()
    {
        var run = (await GetAsync<StravaActivityPage>("/api/strava/activities?per_page=60")).Items
            .First(a => a.Family == SportFamilies.Running && a.HasStreams && a.MovingTimeSeconds > 2400);
        var measured = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{run.Id}/load");

        var rated = await PutRpeAsync(run.Id, 9);
        await PutRpeAsync(run.Id, null);

        Assert.Equal(LoadMethods.RunningTss, rated.Method);
        Assert.Equal(measured.Load, rated.Load);
        Assert.Equal(9, rated.SessionRpe);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task A_session_rpe_outside_one_to_ten_is_refused_with_the_field_named(int rpe)
    {
        var run = (await GetAsync<StravaActivityPage>("/api/strava/activities?per_page=5")).Items[0];

        var response = await _client.PutAsJsonAsync($"/api/strava/activities/{run.Id}/rpe", new SessionRpeUpdate(rpe), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1 to 10", problem!.Errors["rpe"][0]);
        Assert.Null((await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{run.Id}/load")).SessionRpe);
    }

    [Fact]
    public async Task A_session_rpe_for_an_unknown_activity_is_404()
    {
        var response = await _client.PutAsJsonAsync("/api/strava/activities/999999999/rpe", new SessionRpeUpdate(5), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("999999999", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task A_run_uploaded_today_is_measured_after_the_next_sync_and_moves_todays_fitness()
    {
        var before = await GetAsync<TrainingLoadSeries>("/api/strava/training/load");
        await athlete.UploadSteadyRunAsync("Lunch run, uploaded", 45 * 60, 3.3, heartRate: t => 125 + t / 180);

        await athlete.Service.SyncAsync(TimeSpan.FromSeconds(40));
        var after = await GetAsync<TrainingLoadSeries>("/api/strava/training/load");
        var run = (await GetAsync<StravaActivityPage>("/api/strava/activities?per_page=5")).Items.Single(a => a.Name == "Lunch run, uploaded");
        var load = await GetAsync<ActivityTrainingLoad>($"/api/strava/activities/{run.Id}/load");

        Assert.Equal(LoadMethods.RunningTss, load.Method);
        Assert.InRange(load.Load, 25, 70);
        Assert.Equal(before.Days.Single(d => d.Date == run.LocalDate).Load + load.Load, after.Days.Single(d => d.Date == run.LocalDate).Load, 1);
        Assert.True(after.Days[^1].Ctl > before.Days[^1].Ctl, $"CTL {before.Days[^1].Ctl} -> {after.Days[^1].Ctl}");
    }

    [Fact]
    public async Task The_daily_series_covers_the_window_and_fitness_rises_over_the_build()
    {
        var series = await GetAsync<TrainingLoadSeries>("/api/strava/training/load");
        var from = series.To.AddDays(-55);

        var build = await GetAsync<TrainingLoadSeries>($"/api/strava/training/load?from={from:yyyy-MM-dd}&to={series.To:yyyy-MM-dd}");

        Assert.Equal(84, series.Days.Count);
        Assert.Equal(56, build.Days.Count);
        Assert.Equal(from, build.Days[0].Date);
        Assert.True(build.Days[^1].Ctl > build.Days[0].Ctl + 5, $"CTL {build.Days[0].Ctl} -> {build.Days[^1].Ctl}");
        Assert.NotNull(build.Days[^1].Acwr);
        Assert.Contains(build.Weeks, w => w.Monotony is not null);
        Assert.True(build.Methods[LoadMethods.RunningTss] > 20);
        Assert.StartsWith("LOAD CTL ", build.Summary);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused()
    {
        var response = await _client.GetAsync("/api/strava/training/load?from=2026-03-01&to=2026-02-01", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("to is before from", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_demo_athletes_marathon_is_predicted_between_2_45_and_3_45()
    {
        var predictions = await GetAsync<RacePredictions>("/api/strava/training/predictions");

        var marathon = predictions.Races.Single(r => r.Distance == "marathon");
        Assert.InRange(marathon.VdotSeconds, 2.75 * 3600, 3.75 * 3600);
        Assert.InRange(marathon.ReadySeconds!.Value, marathon.VdotSeconds, 3.75 * 3600);
        Assert.InRange(predictions.Vdot!.Value, 40, 65);
        Assert.Equal(4, predictions.Races.Count);
        Assert.NotNull(predictions.Readiness);
        Assert.NotNull(predictions.Paces);
    }

    [Fact]
    public async Task Calculator_mode_turns_a_40_minute_10k_into_vdot_52()
    {
        var predictions = await GetAsync<RacePredictions>("/api/strava/training/predictions?distance_km=10&time=40:00");

        // Daniels' table: 10 km in 40:03 is VDOT 52, marathon 3:03:01.
        Assert.InRange(predictions.Vdot!.Value, 51.5, 52.5);
        Assert.InRange(predictions.Races.Single(r => r.Distance == "marathon").VdotSeconds, 3 * 3600, 3 * 3600 + 5 * 60);
        Assert.Null(predictions.Readiness);
    }

    [Fact]
    public async Task The_run_context_carries_the_load_line_under_its_heading()
    {
        var context = await GetAsync<RunContext>("/api/strava/context/runs");

        var line = context.Text.ReplaceLineEndings("\n").Split('\n')[1];
        Assert.Matches(@"^LOAD CTL \d+ \([+-]?\d+/wk\) ATL \d+ TSB -?\d+ ACWR \d\.\d\d", line);
        Assert.True(line.Length <= 240, line);
    }

    [Fact]
    public async Task A_long_steady_run_gets_time_in_zone_decoupling_and_efficiency()
    {
        var runs = (await GetAsync<StravaActivityPage>("/api/strava/activities?per_page=60")).Items;
        var longRun = runs.Where(a => a.Family == SportFamilies.Running && a.HasStreams && a.WorkoutType is not (1 or 3) && a.MovingTimeSeconds > 3600)
            .MaxBy(a => a.MovingTimeSeconds)!;

        var zones = await GetAsync<ZoneReport>($"/api/strava/activities/{longRun.Id}/zones");

        Assert.Equal(5, zones.HeartRate!.Zones.Count);
        Assert.InRange(zones.HeartRate.Zones.Sum(z => z.Seconds!.Value), longRun.MovingTimeSeconds * 0.9, longRun.ElapsedTimeSeconds + 1);
        Assert.Equal(100, zones.Pace!.Zones.Sum(z => z.Percent!.Value), 0);
        Assert.NotNull(zones.Efficiency);
        Assert.InRange(zones.Efficiency.DecouplingPercent, -15, 15);
    }

    [Fact]
    public async Task Best_efforts_list_the_fastest_5k_inside_a_run()
    {
        var efforts = await GetAsync<BestEffortList>("/api/strava/training/best-efforts?weeks=12");

        var fiveK = efforts.Best.Single(e => e.Distance == "5k");
        Assert.InRange(fiveK.Seconds, 15 * 60, 25 * 60);
        Assert.Contains(efforts.History, e => e.Distance == "5k" && e.Seconds == fiveK.Seconds);
        Assert.True(efforts.RunsWithStreams > 20);
    }

    [Fact]
    public async Task The_typed_client_gives_daniels_paces_and_names_the_field_of_a_refused_profile()
    {
        var client = new StravaClient(athlete.Service.CreateAuthorizedClient(), NullLogger<StravaClient>.Instance);

        var paces = await client.GetTrainingPacesAsync(50, Cancel);
        var refused = await Assert.ThrowsAsync<ServiceRequestException>(() => client.UpdateAthleteProfileAsync(new AthleteProfileUpdate(MaxHeartrate: 300), Cancel));

        // Daniels' table at VDOT 50: T 4:15/km, M 4:31/km.
        Assert.Equal(("4:15/km", "4:31/km"), (paces.Threshold, paces.Marathon));
        Assert.Equal(400, refused.Status);
        Assert.Contains("maxHeartrate", refused.Message);
    }

    async Task<T> GetAsync<T>(string path) => (await _client.GetFromJsonAsync<T>(path, Cancel))!;

    async Task<ActivityTrainingLoad> PutRpeAsync(long id, int? rpe)
    {
        var response = await _client.PutAsJsonAsync($"/api/strava/activities/{id}/rpe", new SessionRpeUpdate(rpe), Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActivityTrainingLoad>(Cancel))!;
    }
}
