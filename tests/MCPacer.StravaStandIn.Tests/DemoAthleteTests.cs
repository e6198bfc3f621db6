using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Athlete;

namespace MCPacer.StravaStandIn.Tests;

public sealed class DemoAthleteTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    static async Task<string> BuildActivitiesJsonAsync(StandInHost standIn)
    {
        var api = await standIn.ConnectedClientAsync();
        var buildStart = DemoMarathonBuild.StartDate(StandInHost.Today);
        var after = new DateTimeOffset(buildStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-2).ToUnixTimeSeconds();
        return await api.GetStringAsync($"/api/v3/athlete/activities?after={after}&per_page=200", Ct);
    }

    static async Task<IReadOnlyList<SummaryActivity>> BuildActivitiesAsync(StandInHost standIn) =>
        JsonSerializer.Deserialize<IReadOnlyList<SummaryActivity>>(await BuildActivitiesJsonAsync(standIn))!;

    static IEnumerable<SummaryActivity> On(IEnumerable<SummaryActivity> activities, DateOnly date) =>
        activities.Where(a => DateOnly.FromDateTime(a.StartDateLocal) == date);

    [Fact]
    public async Task The_same_seed_gives_the_same_activities_and_another_seed_does_not()
    {
        using var first = new StandInHost(seed: 7);
        using var second = new StandInHost(seed: 7);
        using var other = new StandInHost(seed: 8);

        var a = await BuildActivitiesJsonAsync(first);
        var b = await BuildActivitiesJsonAsync(second);
        var c = await BuildActivitiesJsonAsync(other);

        Assert.True(a.Length > 50_000);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task Runs_follow_the_demo_build_with_its_known_deviations()
    {
        using var standIn = new StandInHost();
        var weeks = DemoMarathonBuild.Weeks(StandInHost.Today);

        var activities = await BuildActivitiesAsync(standIn);

        // Week 5's long run: on its Sunday morning, the planned distance, tagged as a long run.
        var week5 = weeks[4];
        var plannedLong = week5.Sessions.Single(s => s.Type == RunTypes.Long);
        var longRun = On(activities, week5.WeekStart.AddDays(6)).Single(a => a.WorkoutType == 2);
        Assert.Equal(plannedLong.DistanceKm * 1000, longRun.Distance, 0.01 * plannedLong.DistanceKm * 1000);
        Assert.InRange(longRun.StartDateLocal.Hour, 8, 9);
        Assert.InRange(longRun.AverageSpeed, 1000 / 310.0, 1000 / 270.0);

        // The late-night extra run of week 5: Sunday 23:30 local.
        var lateRun = On(activities, week5.WeekStart.AddDays(6)).Single(a => a.StartDateLocal.Hour == 23);
        Assert.Equal(30, lateRun.StartDateLocal.Minute);

        // Week 3's Wednesday run was missed; week 6's Thursday progression was run on Friday.
        Assert.DoesNotContain(On(activities, weeks[2].WeekStart.AddDays(2)), a => a.SportType == SportTypes.Run);
        Assert.DoesNotContain(On(activities, weeks[5].WeekStart.AddDays(3)), a => a.SportType == SportTypes.Run);
        Assert.Single(On(activities, weeks[5].WeekStart.AddDays(4)), a => a.Name == "Progression run");

        // Week 7's Wednesday easy run was on a treadmill: no GPS.
        var treadmill = On(activities, weeks[6].WeekStart.AddDays(2)).Single(a => a.SportType == SportTypes.Run);
        Assert.True(treadmill.Trainer);
        Assert.Equal("", treadmill.Map.SummaryPolyline);
        Assert.Empty(treadmill.StartLatlng);

        // Cross-training shows up next to the runs.
        Assert.Contains(activities, a => a.SportType == SportTypes.WeightTraining);
        Assert.Contains(activities, a => a.SportType == SportTypes.Ride);

        // Nothing planned after now: the rest of week 9 and the race are not there yet.
        Assert.DoesNotContain(activities, a => a.WorkoutType == 1);
        Assert.DoesNotContain(activities, a => DateOnly.FromDateTime(a.StartDateLocal) > StandInHost.Today);
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    public async Task Two_weeks_before_the_build_the_long_day_out_lasts_over_three_hours_and_its_streams_cover_it(int seed)
    {
        using var standIn = new StandInHost(seed);
        var api = await standIn.ConnectedClientAsync();
        var sunday = DemoMarathonBuild.StartDate(StandInHost.Today).AddDays(-7 * BasePhase.LongDayWeeksBefore + 6);

        var activities = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;
        var longDay = On(activities, sunday).Single(a => a.Name == "The long day out");
        var streams = (await api.GetFromJsonAsync<StreamSet>($"/api/v3/activities/{longDay.Id}/streams?keys=time,heartrate&key_by_type=true", Ct))!;

        Assert.InRange(TimeSpan.FromSeconds(longDay.MovingTime), TimeSpan.FromHours(3), BasePhase.LongDayDuration + TimeSpan.FromMinutes(15));
        Assert.Equal(2, longDay.WorkoutType);
        Assert.Equal(activities.Where(a => a.SportType == SportTypes.Run).Max(a => a.MovingTime), longDay.MovingTime);
        Assert.InRange(streams.TimeStream!.Data[^1], longDay.ElapsedTime - 5, longDay.ElapsedTime + 5);
    }

    [Fact]
    public async Task History_days_sets_how_far_back_the_base_training_goes()
    {
        using var standIn = new StandInHost(seed: 42, historyDays: 60);
        var api = await standIn.ConnectedClientAsync();
        var firstDay = DemoMarathonBuild.StartDate(StandInHost.Today).AddDays(-60);

        var page1 = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;

        var oldest = DateOnly.FromDateTime(page1.Min(a => a.StartDateLocal));
        Assert.InRange(oldest, firstDay, firstDay.AddDays(6));
        Assert.True(page1.Count(a => DateOnly.FromDateTime(a.StartDateLocal) < firstDay.AddDays(60)) >= 30);
    }

    [Fact]
    public async Task Before_the_build_the_athlete_has_the_variety_of_a_real_account_and_the_build_runs_stay_as_planned()
    {
        using var standIn = new StandInHost();
        var api = await standIn.ConnectedClientAsync();
        var buildStart = new DateTime(DemoMarathonBuild.StartDate(StandInHost.Today), TimeOnly.MinValue);
        var all = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;
        var before = all.Where(a => a.StartDateLocal < buildStart).ToList();
        async Task<StreamSet> StreamsAsync(long id) =>
            (await api.GetFromJsonAsync<StreamSet>($"/api/v3/activities/{id}/streams?keys=heartrate,watts,temp&key_by_type=true", Ct))!;

        var strapless = before.First(a => a.SportType == SportTypes.Run && !a.HasHeartrate && !a.Manual);
        Assert.Null(strapless.AverageHeartrate);
        Assert.Null((await StreamsAsync(strapless.Id)).HeartrateStream);

        var manual = before.Single(a => a.Manual && a.StartDateLocal > buildStart.AddDays(-28));
        Assert.Equal(("", 0), (manual.Map.SummaryPolyline, manual.StartLatlng.Count));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v3/activities/{manual.Id}/streams?keys=time", Ct)).StatusCode);

        var commute = before.First(a => a.Commute);
        Assert.Equal((SportTypes.Ride, true), (commute.SportType, commute.DeviceWatts));
        Assert.InRange(commute.AverageWatts!.Value, 100, 250);
        Assert.True(commute.WeightedAverageWatts >= commute.AverageWatts);
        Assert.Equal(commute.AverageWatts!.Value * commute.MovingTime / 1000, commute.Kilojoules!.Value, commute.Kilojoules.Value * 0.05);
        Assert.Equal(commute.ElapsedTime + 1, (await StreamsAsync(commute.Id)).WattsStream!.Data.Count);

        var core = before.First(a => a.SportType == SportTypes.WeightTraining && !a.HasHeartrate);
        Assert.Null((await StreamsAsync(core.Id)).HeartrateStream);
        Assert.Contains(all, a => a.Private);

        var warm = before.First(a => a.AverageTemp is not null);
        Assert.Equal(SportTypes.Run, warm.SportType);
        Assert.Equal(warm.AverageTemp!.Value, (await StreamsAsync(warm.Id)).TempStream!.Data.Average(), 1.0);

        var buildRuns = all.Where(a => a.StartDateLocal >= buildStart && a.SportType == SportTypes.Run).ToList();
        Assert.All(buildRuns, run => Assert.True(run.HasHeartrate && !run.Manual && run.AverageTemp is null && !run.Commute));
    }

    [Fact]
    public void Ten_years_of_history_are_planned_without_simulating_them()
    {
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(DemoMarathonBuild.TimeZone);

        var history = new TrainingHistory(StandInHost.Today, 3650, 42, timeZone);

        Assert.InRange(history.NewestFirst.Count, 2300, 3300);
        Assert.Equal(history.NewestFirst.Count, history.NewestFirst.Select(a => a.Id).Distinct().Count());
        Assert.True(history.NewestFirst.Zip(history.NewestFirst.Skip(1)).All(p => p.First.Id > p.Second.Id), "ids grow with time");
    }
}
