using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>The training science through the gateway: a watch upload's TRIMP after a sync, the plan projection and its preview.</summary>
[Collection(StackCollection.Name)]
public sealed partial class McpTrainingToolsTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_recorded_watch_upload_is_synced_and_get_training_load_shows_its_trimp()
    {
        stack.Require();
        await using var mcp = await stack.ConnectMcpAsync(Ct);
        await mcp.CallTextAsync("update_athlete_profile", new() { ["max_hr"] = 188, ["resting_hr"] = 46 }, Ct);
        try
        {
            const int seconds = 50 * 60;
            using var standIn = new HttpClient { BaseAddress = stack.App.GetEndpoint("strava-standin", "http") };
            var upload = await standIn.PostAsJsonAsync("/_standin/activities", new
            {
                name = "Tempo from the watch", sport_type = "Run", start_date = DateTimeOffset.UtcNow.AddSeconds(-seconds - 900),
                streams = new
                {
                    time = Enumerable.Range(0, seconds + 1).ToArray(),
                    distance = Enumerable.Range(0, seconds + 1).Select(t => t * 3.6).ToArray(),
                    heartrate = Enumerable.Range(0, seconds + 1).Select(t => 135 + t / 100).ToArray(),
                },
            }, Ct);
            upload.EnsureSuccessStatusCode();
            var id = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

            await mcp.CallTextAsync("sync_strava", null, Ct);
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (await mcp.CallToolAsync("get_activity_by_id", new Dictionary<string, object?> { ["activity_id"] = id }, cancellationToken: Ct) is { IsError: true }
                   && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000, Ct);
            }

            var load = await mcp.CallTextAsync("get_training_load", new() { ["activity_id"] = id }, Ct);

            Assert.Contains($"Activity {id} (", load);
            Assert.Contains("Tempo from the watch", load);
            var trimp = double.Parse(TrimpPattern().Match(load).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(trimp, 40, 200);
        }
        finally
        {
            await mcp.CallTextAsync("update_athlete_profile", new() { ["clear"] = new[] { "max_hr", "resting_hr" } }, Ct);
        }
    }

    [Fact]
    public async Task The_projection_and_a_previewed_longer_long_run_answer_through_the_gateway_and_the_plan_stays_as_it_was()
    {
        stack.Require();
        var node = RequiredTool.Require("node", "install Node.js 20 or later (sudo apt-get install -y nodejs npm), then rebuild the tests");
        await using var mcp = await stack.ConnectMcpAsync(Ct);
        // Set, not estimated: the estimate needs the streams, which a stack that has just started may still be syncing.
        await mcp.CallTextAsync("update_athlete_profile", new() { ["threshold_pace"] = "4:05" }, Ct);
        try
        {
            var planBefore = await mcp.CallTextAsync("get_training_plan", new() { ["plan_id"] = "demo-marathon-build" }, Ct);

            using var output = await stack.CallWithNodeClientAsync(node, "get_fitness_projection", "{}", Ct);
            var preview = await mcp.CallTextAsync("preview_plan_change", new()
            {
                ["change"] = "update_run", ["week_number"] = 12, ["day_of_week"] = "Sunday", ["fields_json"] = """{"distance_km": 40}""",
            }, Ct);

            var call = output.RootElement.GetProperty("call");
            var projection = call.GetProperty("text").GetString()!;
            Assert.False(call.GetProperty("isError").GetBoolean(), projection);
            Assert.StartsWith("Projection of demo-marathon-build to race day", projection);
            Assert.Matches(@"\n\d{4}-\d\d-\d\d W12: \d+ · ", projection);
            Assert.Contains("How: History: measured loads", projection);
            Assert.Contains("threshold pace 4:05/km", projection);
            Assert.StartsWith("Preview of update_run in week 12 (nothing saved): race-day TSB", preview);
            Assert.Contains("After the change: Race day", preview);
            Assert.Equal(planBefore, await mcp.CallTextAsync("get_training_plan", new() { ["plan_id"] = "demo-marathon-build" }, Ct));
        }
        finally
        {
            await mcp.CallTextAsync("update_athlete_profile", new() { ["clear"] = new[] { "threshold_pace" } }, Ct);
        }
    }

    [GeneratedRegex(@"Banister TRIMP (\d+)")]
    private static partial Regex TrimpPattern();
}
