using System.Text.Json;
using System.Text.RegularExpressions;

namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>The Strava tools through the gateway, against the demo athlete the strava service synced from the stand-in.</summary>
[Collection(StackCollection.Name)]
public sealed partial class McpActivityToolsTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Activities_are_listed_newest_first_and_each_can_be_read_in_detail()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var list = await client.CallTextAsync("get_activities", new() { ["limit"] = 5 }, Ct);
        var (id, date) = FirstRun(list);
        var byId = await client.CallTextAsync("get_activity_by_id", new() { ["activity_id"] = id }, Ct);
        var range = await client.CallTextAsync("get_activities_by_date_range", new() { ["start_date"] = date, ["end_date"] = date }, Ct);
        var recent = await client.CallTextAsync("get_recent_activities", new() { ["days"] = 28 }, Ct);
        var detail = await client.CallTextAsync("get_run_detail", new() { ["activity_id"] = id }, Ct);

        Assert.StartsWith("5 of ", list);
        Assert.Equal(6, list.Split('\n').Length);
        Assert.Equal(id, JsonDocument.Parse(byId).RootElement.GetProperty("id").GetInt64());
        Assert.Contains($"{id} | {date} |", range);
        Assert.Contains($"{id} |", recent);
        Assert.Contains("Splits/km:", detail);
    }

    [Fact]
    public async Task Streams_come_downsampled_with_only_the_channels_asked_for()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);
        // The oldest run listed that was recorded with a heart-rate strap (one typed in by hand has no streams): its
        // streams are not synced, so the tool has them fetched from Strava now, ahead of the demo's background sync.
        var id = OldestRunWithHeartRate(await client.CallTextAsync("get_activities", new() { ["limit"] = 200 }, Ct));

        var json = await client.CallTextAsync("get_activity_streams",
            new() { ["activity_id"] = id, ["stream_types"] = new[] { "time", "heartrate" }, ["max_points"] = 50 }, Ct);
        var streams = JsonDocument.Parse(json).RootElement;

        Assert.True(streams.GetProperty("points").GetInt32() <= 50);
        Assert.True(streams.GetProperty("original_points").GetInt32() > 50);
        Assert.Equal(streams.GetProperty("points").GetInt32(), streams.GetProperty("heartrate").GetArrayLength());
        Assert.False(streams.TryGetProperty("latlng", out _));
        Assert.True(json.Length < 2000, $"{json.Length} characters");
    }

    [Fact]
    public async Task A_digest_and_a_note_saved_by_the_coach_show_on_the_run()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var pending = await client.CallTextAsync("get_pending_digests", new() { ["limit"] = 3 }, Ct);
        var id = long.Parse(PendingId().Match(pending).Groups[1].Value);
        var saved = await client.CallTextAsync("save_run_digest", new() { ["activity_id"] = id, ["digest"] = "Easy 10.1 km @ 5:10/km, HR 139; relaxed." }, Ct);
        await client.CallTextAsync("add_run_note", new() { ["activity_id"] = id, ["note"] = "Cadence dropped in the last 2 km." }, Ct);
        var detail = await client.CallTextAsync("get_run_detail", new() { ["activity_id"] = id }, Ct);
        var stillPending = await client.CallTextAsync("get_pending_digests", new() { ["limit"] = 50 }, Ct);

        Assert.Contains("need a digest", pending);
        Assert.Equal($"Saved the digest of activity {id}.", saved);
        Assert.Contains("Easy 10.1 km @ 5:10/km", detail);
        Assert.Contains("Cadence dropped in the last 2 km.", detail);
        Assert.DoesNotContain($"## Activity {id}:", stillPending);
    }

    [Fact]
    public async Task Coaching_feedback_lands_in_the_strava_description_signed_by_the_coach()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);
        var (id, _) = FirstRun(await client.CallTextAsync("get_activities", new() { ["limit"] = 5 }, Ct));

        var posted = await client.CallTextAsync("add_coaching_feedback",
            new() { ["activity_id"] = id, ["feedback"] = "Nicely controlled, exactly the easy effort the plan asked for.", ["coach_name"] = "kim" }, Ct);
        var description = await client.CallTextAsync("get_activity_description", new() { ["activity_id"] = id }, Ct);

        Assert.Contains($"activity {id}", posted);
        Assert.Contains("Nicely controlled, exactly the easy effort the plan asked for.\n— kim", description);
    }

    [Fact]
    public async Task The_run_context_and_the_sync_status_describe_the_demo_athlete()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var context = await client.CallTextAsync("get_run_context", null, Ct);
        var status = await client.CallTextAsync("get_sync_status", null, Ct);
        var sync = await client.CallTextAsync("sync_strava", null, Ct);

        Assert.StartsWith("RUN CONTEXT · today", context);
        Assert.Contains("(last Strava sync: ", context);
        Assert.Contains("Sync: ", status);
        Assert.Contains("activities stored", status);
        Assert.StartsWith("Sync started.", sync);
    }

    [Fact]
    public async Task The_session_context_gathers_every_part_with_its_token_count()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var context = await client.CallTextAsync("get_session_context", new() { ["persona"] = "roland" }, Ct);

        Assert.Matches(@"^SESSION CONTEXT \(~\d+ tokens", context);
        foreach (var part in new[] { "Coach memory", "Run context", "Plan context", "Session logs", "Persona roland" })
        {
            Assert.Matches($"===== {part} \\(~\\d+ tokens\\) =====", context);
        }

        Assert.Contains("=== ACTIVE PLAN: Demo Marathon Build ===", context);
        Assert.Contains("RUN CONTEXT · today", context);
    }

    [Theory]
    [InlineData("get_activity_by_id", """{"activity_id": "latest"}""", "'activity_id' must be a whole number")]
    [InlineData("get_activity_by_id", """{"activity_id": 999999999}""", "No synced activity has id 999999999")]
    [InlineData("get_activities_by_date_range", """{"start_date": "2026-03-01", "end_date": "March 9"}""", "'end_date' must be a date")]
    [InlineData("get_activity_streams", """{"activity_id": 1, "stream_types": ["power"]}""", "'power' is not a stream")]
    [InlineData("get_activities", """{"limit": 0}""", "'limit' is 1 to 200; it was 0.")]
    [InlineData("save_run_digest", """{"activity_id": 999999999, "digest": "x"}""", "No synced activity has id 999999999")]
    [InlineData("get_session_context", """{"persona": "../../etc"}""", "is not a valid name")]
    public async Task Bad_activity_arguments_are_tool_errors(string tool, string argumentsJson, string expected)
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var error = await client.CallErrorAsync(tool, McpConnection.Arguments(argumentsJson), Ct);

        Assert.Contains(expected, error);
    }

    /// <summary>The newest run in an activity list: its id and local date.</summary>
    static (long Id, string Date) FirstRun(string list)
    {
        var match = RunLine().Match(list);
        Assert.True(match.Success, list);
        return (long.Parse(match.Groups[1].Value), match.Groups[2].Value);
    }

    static long OldestRunWithHeartRate(string list)
    {
        var runs = RunLine().Matches(list).Where(run => HeartRateColumn().IsMatch(run.Value)).ToList();
        Assert.NotEmpty(runs);
        return long.Parse(runs[^1].Groups[1].Value);
    }

    [GeneratedRegex(@"\| HR \d+")]
    private static partial Regex HeartRateColumn();

    [GeneratedRegex(@"^(\d+) \| (\d{4}-\d{2}-\d{2}) \| (?:Run|TrailRun|VirtualRun).*$", RegexOptions.Multiline)]
    private static partial Regex RunLine();

    [GeneratedRegex(@"## Activity (\d+):")]
    private static partial Regex PendingId();
}
