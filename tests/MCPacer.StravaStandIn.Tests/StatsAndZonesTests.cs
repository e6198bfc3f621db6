using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

public sealed class StatsAndZonesTests(SharedStandIn shared) : IClassFixture<SharedStandIn>
{
    readonly StandInHost _standIn = shared.StandIn;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stats_total_the_public_runs_and_rides_and_another_athletes_are_refused()
    {
        var api = await _standIn.ConnectedClientAsync();
        var athlete = (await api.GetFromJsonAsync<DetailedAthlete>("/api/v3/athlete", Ct))!;
        var all = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;

        var stats = (await api.GetFromJsonAsync<ActivityStats>($"/api/v3/athletes/{athlete.Id}/stats", Ct))!;
        var other = await api.GetAsync($"/api/v3/athletes/{athlete.Id + 1}/stats", Ct);

        var publicRuns = all.Where(a => a.SportType is SportTypes.Run or SportTypes.VirtualRun && !a.Private).ToList();
        Assert.Equal(publicRuns.Count, stats.AllRunTotals.Count);
        Assert.Equal(publicRuns.Sum(a => a.Distance), stats.AllRunTotals.Distance, 1);
        Assert.Equal(publicRuns.Count(a => a.StartDate > _standIn.Clock.GetUtcNow().AddDays(-28)), stats.RecentRunTotals.Count);
        Assert.Equal(all.Where(a => a.SportType == SportTypes.Ride).Max(a => a.Distance), stats.BiggestRideDistance);
        Assert.Equal(0, stats.AllSwimTotals.Count);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_run_has_heart_rate_and_pace_zones_covering_its_time_and_a_power_ride_power_zones()
    {
        var api = await _standIn.ConnectedClientAsync();
        var all = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;
        var run = all.First(a => a.SportType == SportTypes.Run && a.WorkoutType == 3);
        var ride = all.First(a => a.DeviceWatts == true);

        var runZones = (await api.GetFromJsonAsync<IReadOnlyList<ActivityZone>>($"/api/v3/activities/{run.Id}/zones", Ct))!;
        var rideZones = (await api.GetFromJsonAsync<IReadOnlyList<ActivityZone>>($"/api/v3/activities/{ride.Id}/zones", Ct))!;
        var detail = (await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{run.Id}", Ct))!;

        Assert.Equal(["heartrate", "pace"], runZones.Select(z => z.Type));
        Assert.Equal(detail.AvailableZones, runZones.Select(z => z.Type));
        var heartrate = runZones[0];
        Assert.Equal(5, heartrate.DistributionBuckets.Count);
        Assert.Equal(-1, heartrate.DistributionBuckets[^1].Max);
        Assert.Equal(heartrate.DistributionBuckets[0].Max + 1, heartrate.DistributionBuckets[1].Min);
        Assert.Equal(run.ElapsedTime, heartrate.DistributionBuckets.Sum(b => b.Time));
        Assert.True(heartrate.DistributionBuckets.Skip(3).Sum(b => b.Time) > 0, "a workout reaches the upper zones");
        Assert.Equal(run.MovingTime, runZones[1].DistributionBuckets.Sum(b => b.Time));
        Assert.Equal(6, runZones[1].DistributionBuckets.Count);
        Assert.Null(runZones[1].Points);
        Assert.Contains("power", rideZones.Select(z => z.Type));
        Assert.DoesNotContain("pace", rideZones.Select(z => z.Type));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v3/activities/123/zones", Ct)).StatusCode);
    }
}
