using System.ComponentModel;
using System.Reflection;
using MCPacer.Contracts.Strava;
using MCPacer.Mcp.Tools;
using ModelContextProtocol;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The activity tools: the list lines the description promises, the ranges of their numbers, Strava's rate limit and a strava service that is down.</summary>
public sealed class ActivityToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    const string Activities = "http://strava/api/strava/activities";

    readonly OwningServices _services = host.Owners.Reset();

    ActivityTools Tools => new(_services.Strava, TimeProvider.System);

    static StravaActivity Run(long id, string name, bool treadmill = false, double? heartrate = 141, string? digest = null) =>
        new(id, name, "Run", SportFamilies.Running, treadmill, new DateTimeOffset(2026, 4, 14, 5, 0, 0, TimeSpan.Zero),
            new DateTime(2026, 4, 14, 7, 0, 0), new DateOnly(2026, 4, 14), "Europe/Berlin", 8.04, 2550, 2600, "5:17/km", 40,
            heartrate, 160, 172, null, true, true, digest);

    [Fact]
    public async Task The_activity_list_is_one_line_each_with_the_fields_its_description_names()
    {
        _services.Answer("GET", $"{Activities}?page=1&per_page=2", new StravaActivityPage(
            [Run(101, "Easy with strides", digest: "easy 8k, HR 141, smooth"), Run(100, "Treadmill intervals", treadmill: true, heartrate: null)], 1, 2, 57));

        var text = await Tools.GetActivities(2, Ct);

        Assert.Equal(
            "2 of 57 activities, newest first:\n" +
            "101 | 2026-04-14 | Run | Easy with strides | 8.0 km | 42:30 | 5:17/km | HR 141 | easy 8k, HR 141, smooth\n" +
            "100 | 2026-04-14 | Run (treadmill) | Treadmill intervals | 8.0 km | 42:30 | 5:17/km | -",
            text);
        var description = typeof(ActivityTools).GetMethod(nameof(ActivityTools.GetActivities))!.GetCustomAttribute<DescriptionAttribute>()!;
        Assert.Contains("one line each: id | local date | sport | name | km | moving time | pace | avg HR | digest", description.Description);
    }

    [Fact]
    public async Task A_date_range_keeps_the_earliest_runs_up_to_the_limit_and_says_how_many_there_were()
    {
        _services.Answer("GET", $"{Activities}/range?from=2026-04-01&to=2026-04-30", new[] { Run(1, "First"), Run(2, "Second"), Run(3, "Third") });

        var text = await Tools.GetActivitiesByDateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), 2, Ct);

        Assert.StartsWith("2 of 3 activities from 2026-04-01 to 2026-04-30:\n1 | ", text);
        Assert.Contains("\n2 | ", text);
        Assert.DoesNotContain("Third", text);
    }

    public static TheoryData<string, Func<ActivityToolsTests, Task>> OutOfRange => new()
    {
        { "'limit' is 1 to 200; it was 0.", test => test.Tools.GetActivities(0, Ct) },
        { "'limit' is 1 to 200; it was 201.", test => test.Tools.GetActivities(201, Ct) },
        { "'limit' is 1 to 500; it was 501.", test => test.Tools.GetActivitiesByDateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), 501, Ct) },
        { "'days' is 1 to 365; it was 0.", test => test.Tools.GetRecentActivities(0, 50, Ct) },
        { "'max_points' is 2 to 1000; it was 1.", test => test.Tools.GetActivityStreams(101, null, 1, Ct) },
        { "'power' is not a stream; use any of time, distance, latlng, altitude, heartrate, cadence, velocity_smooth, grade_smooth, moving.",
            test => test.Tools.GetActivityStreams(101, ["heartrate", "power"], 200, Ct) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task A_number_out_of_range_or_an_unknown_stream_is_refused_with_the_range_and_reaches_no_service(string expected, Func<ActivityToolsTests, Task> call)
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => call(this));

        Assert.Equal(expected, refused.Message);
        Assert.Empty(_services.Requests);
    }

    [Fact]
    public async Task Streams_come_back_only_as_asked_and_rounded_small()
    {
        _services.Answer("GET", $"{Activities}/101/streams?max_points=3", new StravaActivityStreams(101, 2550, 3,
            [0, 1200, 2550], [0, 4012.3456, 8040.01], null, [35.04, 41.96, 36.5], [120, 145, 152], null, [3.14159, 3.3333, 3.1], null, null));

        var streams = await Tools.GetActivityStreams(101, [" HeartRate ", "velocity_smooth", "distance"], 3, Ct);

        Assert.Equal(new[] { "activity_id", "points", "original_points", "heartrate", "velocity_smooth", "distance" }, streams.Keys);
        Assert.Equal(2550, streams["original_points"]);
        Assert.Equal(new[] { 3.14, 3.33, 3.1 }, (double[])streams["velocity_smooth"]!);
        Assert.Equal(new[] { 0, 4012.3, 8040 }, (double[])streams["distance"]!);
    }

    [Fact]
    public async Task Sync_status_says_where_the_sync_is_and_when_the_rate_limit_lets_it_go_on()
    {
        _services.Answer("GET", "http://strava/api/strava/auth/status", new StravaConnectionStatus(true, true, false, "Ada", 7, [], [], false, "Connected to Strava as Ada."));
        _services.Answer("GET", "http://strava/api/strava/sync", new StravaSyncProgress(SyncPhases.Details, 40, 120,
            new DateTimeOffset(2026, 4, 15, 9, 15, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 14, 20, 5, 0, TimeSpan.Zero), DateTimeOffset.UtcNow, 812, null));

        var text = await Tools.GetSyncStatus(Ct);

        Assert.Equal("Connected to Strava as Ada.\nSync: details 40/120; 812 activities stored; last completed 2026-04-14 20:05 UTC; " +
                     "waiting for Strava's rate limit until 09:15 UTC.", text);
    }

    [Fact]
    public async Task Stravas_spent_rate_limit_tells_the_model_when_to_ask_again_and_not_before()
    {
        _services.Problem("GET", $"{Activities}/101/detail", 503, "Strava's rate limit is spent", "Strava allows more requests after the window", retryAfter: TimeSpan.FromMinutes(12));
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("get_run_detail", new() { ["activity_id"] = 101 });

        Assert.Matches(@"^Strava's rate limit is spent: this can be fetched after \d\d:\d\d \(in 1[12] min\), local time\. " +
                       "Tell the runner so, and do not call it again before then\\.$", error);
        Assert.Single(_services.Requests);
    }

    [Fact]
    public async Task A_strava_service_that_refuses_the_connection_is_not_answering_and_worth_a_retry()
    {
        _services.Down("strava");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("sync_strava");

        Assert.Equal("the strava service is not answering; try again in a moment", error);
    }

    [Fact]
    public async Task A_503_without_a_time_says_why_the_service_cannot_answer()
    {
        _services.Problem("POST", "http://strava/api/strava/sync", 503, "Strava is not connected", "connect Strava on the dashboard first");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("sync_strava");

        Assert.Equal("the strava service cannot answer right now: connect Strava on the dashboard first", error);
    }

    [Theory]
    [InlineData("""{"start_date": "2026-13-01", "end_date": "2026-12-31"}""", "'start_date' must be a date written yyyy-MM-dd, e.g. 2026-11-25; it was \"2026-13-01\".")]
    [InlineData("""{"start_date": "01/04/2026", "end_date": "2026-12-31"}""", "'start_date' must be a date written yyyy-MM-dd, e.g. 2026-11-25; it was \"01/04/2026\".")]
    [InlineData("""{"start_date": "2026-04-01"}""", "'end_date' is required.")]
    [InlineData("""{"start_date": "2026-04-01", "end_date": "2026-04-30", "limit": "ten"}""", "'limit' must be a whole number; it was \"ten\".")]
    public async Task A_date_that_is_not_yyyy_MM_dd_or_a_missing_one_is_named(string arguments, string expected)
    {
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("get_activities_by_date_range", Arguments(arguments));

        Assert.Equal(expected, error);
        Assert.Empty(_services.Requests);
    }
}
