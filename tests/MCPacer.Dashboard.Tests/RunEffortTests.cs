using Bunit;
using MCPacer.Contracts.Training;
using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Tests;

public sealed class RunEffortTests : DashboardContext
{
    static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    static readonly ActivityTrainingLoad Load = new(42, new DateOnly(2027, 3, 1), "Run", "Sunday long run", 118.4, LoadMethods.RunningTss,
        "rTSS: graded pace against threshold pace 4:05/km (estimated)", 164.2, 1, null);

    static TrainingZoneSet HeartRate() => new("heart_rate", "from threshold HR 172 bpm (set)",
    [
        new(1, "below 140 bpm", 0, 140, 600, 10),
        new(2, "140-154 bpm", 140, 155, 3000, 50),
        new(3, "155-162 bpm", 155, 163, 1800, 30),
        new(4, "163-172 bpm", 163, 173, 600, 10),
        new(5, "173+ bpm", 173, null, 0, 0),
    ]);

    // Pace bounds are speeds in m/s: 2.5 m/s is 6:40/km, 4 m/s is 4:10/km.
    static TrainingZoneSet Pace() => new("pace", "from threshold pace 4:05/km (estimated)",
    [
        new(1, "slower than 6:40/km", 0, 2.5, 1200, 20),
        new(2, "6:40-5:33/km", 2.5, 3.0, 4200, 70),
        new(3, "5:33-4:46/km", 3.0, 3.5, 600, 10),
        new(4, "4:46-4:10/km", 3.5, 4.0, 0, 0),
        new(5, "faster than 4:10/km", 4.0, null, 0, 0),
    ]);

    IRenderedComponent<RunEffort> RenderEffort(Fetched<ZoneReport> zones, Fetched<ActivityTrainingLoad> load, DistanceUnit units = DistanceUnit.Kilometres) =>
        Render<RunEffort>(p => p.Add(c => c.Zones, zones).Add(c => c.Load, load).Add(c => c.Units, units));

    [Fact]
    public void A_steady_run_shows_its_load_and_method_the_time_in_each_zone_and_its_decoupling()
    {
        var report = new ZoneReport(42, HeartRate(), Pace(), new AerobicEfficiencyResult(1.62, 3.4, 100), null);

        var effort = RenderEffort(new(report, null), new(Load, null));

        Assert.Equal("Load 118 (rTSS) · TRIMP 164", effort.Find("[data-testid='run-load']").TextContent.Trim());
        Assert.Contains("Efficiency factor 1.62 · aerobic decoupling 3.4 %", Normalized(effort.Find("[data-testid='run-efficiency']").TextContent));
        var heart = effort.Find("[data-testid='zones-heart_rate']");
        Assert.Equal("width: 50%", heart.QuerySelector("[data-zone='2'] .mc-zone-fill")!.GetAttribute("style"));
        Assert.Equal("50:00", heart.QuerySelector("[data-zone='2'] .mc-zone-time")!.TextContent);
        Assert.Contains("140-154 bpm", heart.QuerySelector("[data-zone='2']")!.TextContent);
        Assert.Contains("6:40–5:33 /km", effort.Find("[data-testid='zones-pace'] [data-zone='2']").TextContent);
    }

    [Fact]
    public void In_miles_the_pace_zones_read_per_mile()
    {
        var effort = RenderEffort(new(new ZoneReport(42, null, Pace(), null, null), null), new(Load, null), DistanceUnit.Miles);

        // 2.5 m/s is 10:44 a mile, 3 m/s 8:56.
        Assert.Contains("10:44–8:56 /mi", effort.Find("[data-testid='zones-pace'] [data-zone='2']").TextContent);
    }

    [Fact]
    public void A_run_without_streams_says_why_there_is_no_time_in_zone()
    {
        var effort = RenderEffort(new(new ZoneReport(42, null, null, null, "Strava has no streams for this activity, so no time in zone."), null), new(Load, null));

        Assert.Equal("Strava has no streams for this activity, so no time in zone.", effort.Find("[data-testid='zones-note']").TextContent.Trim());
        Assert.Empty(effort.FindAll(".mc-zone"));
        Assert.Empty(effort.FindAll("[data-testid='run-efficiency']"));
    }

    [Fact]
    public async Task When_strava_is_down_each_part_says_so()
    {
        var zones = await UnreachableService.StravaAsync(strava => strava.GetActivityZonesAsync(42, Ct));
        var load = await UnreachableService.StravaAsync(strava => strava.GetActivityLoadAsync(42, Ct));

        var effort = RenderEffort(zones, load);

        Assert.Equal("The load of this run cannot be shown: The strava service cannot be reached.", effort.Find("[data-testid='run-load']").TextContent.Trim());
        Assert.Equal("Time in zone cannot be shown: The strava service cannot be reached.", effort.Find("[data-testid='zones-note']").TextContent.Trim());
    }

    static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
