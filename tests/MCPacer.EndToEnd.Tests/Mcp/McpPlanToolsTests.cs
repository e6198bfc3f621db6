namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>The plan tools through the gateway: reads on the demo plan, edits on a plan the test creates and deletes.</summary>
[Collection(StackCollection.Name)]
public sealed class McpPlanToolsTests(StackFixture stack)
{
    const string DemoPlan = "demo-marathon-build";

    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_plan_is_listed_active_and_its_context_marks_the_current_week()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var list = await client.CallTextAsync("list_training_plans", null, Ct);
        var context = await client.CallTextAsync("get_plan_context", null, Ct);
        var yaml = await client.CallTextAsync("get_training_plan", new() { ["plan_id"] = DemoPlan }, Ct);

        Assert.Contains($"{DemoPlan}: Demo Marathon Build, race Demo City Marathon on", list);
        Assert.Contains("14 weeks (active", list);
        Assert.Contains("=== ACTIVE PLAN: Demo Marathon Build ===", context);
        Assert.Contains("Status: Week 9 of 14", context);
        Assert.Contains("← CURRENT", context);
        Assert.Contains("plan_name: Demo Marathon Build", yaml);
    }

    [Fact]
    public async Task Adherence_of_the_active_plan_reports_past_weeks_against_the_demo_runs()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var adherence = await client.CallTextAsync("get_plan_adherence", null, Ct);

        Assert.StartsWith($"Adherence of {DemoPlan} as of", adherence);
        Assert.Contains("W1 (", adherence);
        Assert.Contains(", past): ", adherence);
        Assert.Contains("W9 (", adherence);
        Assert.Contains("5 week(s) still to come.", adherence);
        Assert.Matches(@"W1 \(.*\): \d+(\.\d)?/\d+(\.\d)? km, \d+/\d+ runs, score \d\.\d\d", adherence);
    }

    [Fact]
    public async Task A_plan_created_by_the_coach_is_edited_run_by_run_and_deleted()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);
        var raceDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(70).ToString("yyyy-MM-dd");

        var created = await client.CallTextAsync("create_training_plan", new()
        {
            ["plan_name"] = "MCP Spring 10K", ["race_date"] = raceDate, ["weeks"] = 8, ["race_type"] = "10k", ["goal_time"] = "0:39:59",
        }, Ct);
        var added = await client.CallTextAsync("add_plan_run", new()
        {
            ["plan_id"] = "mcp-spring-10k", ["week_number"] = 2, ["run_json"] = """{"day_of_week": "Wednesday", "type": "easy", "distance_km": 8}""",
        }, Ct);
        var doubled = await client.CallTextAsync("add_plan_run", new()
        {
            ["plan_id"] = "mcp-spring-10k", ["week_number"] = 2, ["run_json"] = """{"day_of_week": "Wednesday", "type": "recovery", "distance_km": 4}""",
        }, Ct);
        var updated = await client.CallTextAsync("update_plan_run", new()
        {
            ["plan_id"] = "mcp-spring-10k", ["week_number"] = 2, ["day_of_week"] = "Wednesday",
            ["updates_json"] = """{"distance_km": 10, "target_pace_min_per_km": "5:05"}""",
        }, Ct);
        var removed = await client.CallTextAsync("remove_plan_run", new()
        {
            ["plan_id"] = "mcp-spring-10k", ["week_number"] = 2, ["day_of_week"] = "Wednesday", ["run_index"] = 1,
        }, Ct);
        var week = await client.CallTextAsync("update_plan_week", new()
        {
            ["plan_id"] = "mcp-spring-10k", ["week_number"] = 2, ["updates_json"] = """{"weekly_focus": "aerobic base"}""",
        }, Ct);
        await client.CallTextAsync("add_plan_comment", new()
        {
            ["plan_id"] = "mcp-spring-10k", ["week_number"] = 2, ["comment"] = "Longer Wednesday run: the athlete asked for more volume",
        }, Ct);
        var context = await client.CallTextAsync("get_plan_context", new() { ["plan_id"] = "mcp-spring-10k" }, Ct);
        var deleted = await client.CallTextAsync("delete_training_plan", new() { ["plan_id"] = "mcp-spring-10k" }, Ct);
        var list = await client.CallTextAsync("list_training_plans", null, Ct);

        Assert.StartsWith("Created plan 'mcp-spring-10k' (8 weeks", created);
        Assert.Contains("- Wednesday easy 8 km", added);
        Assert.Contains("- Wednesday (run 2) recovery 4 km", doubled);
        Assert.Contains("- Wednesday easy 10 km @ 5:05/km", updated);
        Assert.DoesNotContain("recovery", removed);
        Assert.Contains("focus: aerobic base", week);
        Assert.Contains("Longer Wednesday run: the athlete asked for more volume", context);
        Assert.Equal("Deleted plan 'mcp-spring-10k'.", deleted);
        Assert.DoesNotContain("mcp-spring-10k", list);
    }

    [Theory]
    [InlineData("get_training_plan", """{"plan_id": "no-such-plan"}""", "plan 'no-such-plan' not found")]
    [InlineData("update_plan_run", """{"plan_id": "demo-marathon-build", "week_number": 9, "day_of_week": "Tuesday", "updates_json": "{\"distance\": 5}"}""", "'updates_json' is not usable")]
    [InlineData("update_plan_run", """{"plan_id": "demo-marathon-build", "week_number": 9, "day_of_week": "Funday", "updates_json": "{\"distance_km\": 5}"}""", "Funday")]
    [InlineData("update_plan_week", """{"plan_id": "demo-marathon-build", "week_number": "nine", "updates_json": "{}"}""", "'week_number' must be a whole number")]
    [InlineData("create_training_plan", """{"plan_name": "X", "race_date": "next spring", "weeks": 8}""", "'race_date' must be a date")]
    public async Task Bad_plan_arguments_are_tool_errors_and_change_nothing(string tool, string argumentsJson, string expected)
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);
        var before = await client.CallTextAsync("get_training_plan", new() { ["plan_id"] = DemoPlan }, Ct);

        var error = await client.CallErrorAsync(tool, McpConnection.Arguments(argumentsJson), Ct);
        var after = await client.CallTextAsync("get_training_plan", new() { ["plan_id"] = DemoPlan }, Ct);

        Assert.Contains(expected, error);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_plan_yaml_is_a_resource()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var templates = await client.ListResourceTemplatesAsync(cancellationToken: Ct);
        var plan = await client.ReadResourceAsync($"mcpacer://plans/{DemoPlan}", cancellationToken: Ct);

        Assert.Contains(templates, t => t.UriTemplate == "mcpacer://plans/{plan_id}");
        Assert.Contains("plan_name: Demo Marathon Build",
            Assert.IsType<ModelContextProtocol.Protocol.TextResourceContents>(Assert.Single(plan.Contents)).Text);
    }
}
