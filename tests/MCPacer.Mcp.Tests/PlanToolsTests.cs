using MCPacer.Contracts.Plans;
using MCPacer.Mcp.Tools;
using ModelContextProtocol;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The plan tools: what the model reads, what it is told when an argument or an edit is refused.</summary>
public sealed class PlanToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    const string Plans = "http://plans/api/plans";

    readonly OwningServices _services = host.Owners.Reset();

    PlanTools Tools => new(_services.Plans);

    [Fact]
    public async Task The_plan_list_is_one_line_per_plan_with_race_goal_weeks_the_active_mark_and_a_broken_files_problem()
    {
        _services.Answer("GET", Plans, new[] { SamplePlans.Summary("sub3-spring", active: true), SamplePlans.Summary("old-block", broken: true) });

        var list = await Tools.ListTrainingPlans(Ct);

        Assert.Equal(
            "sub3-spring: Sub-3 Marathon Build, race Spring City Marathon on 2026-05-10, goal 2:59:59, 6 weeks (active)\n" +
            "old-block: (no name), 0 weeks BROKEN: old-block.yaml:29:11 weeks[0].runs[2].type: unknown run type 'jog'",
            list);
    }

    [Fact]
    public async Task No_plans_tells_the_model_how_to_make_one()
    {
        _services.Answer("GET", Plans, Array.Empty<PlanSummary>());

        Assert.Equal("No training plans yet; create one with create_training_plan.", await Tools.ListTrainingPlans(Ct));
    }

    [Fact]
    public async Task An_edited_run_answers_with_its_week_run_by_run_so_the_model_sees_the_result()
    {
        _services.Answer("PUT", $"{Plans}/sub3-spring/weeks/1/runs/Monday?index=0", SamplePlans.Sub3);

        var text = await Tools.UpdatePlanRun("sub3-spring", 1, "Monday", """{"distance_km": 10}""", ct: Ct);

        Assert.Equal(
            "Updated. sub3-spring week 1 (2026-03-30), focus: Base, 40 km planned:\n" +
            "- Monday easy 10 km @ 5:20/km\n" +
            "- Wednesday workout 12 km - 5x1km @ 3:55\n" +
            "- Wednesday (run 2) recovery 30 min",
            text);
        var sent = Assert.Single(_services.Requests);
        Assert.Contains("\"distance_km\":10,", sent.Body);
    }

    [Theory]
    [InlineData("""{"distance": 12}""", "'updates_json' is not usable at distance:")]
    [InlineData("""{"distance_km": "twelve"}""", "'updates_json' is not usable at distance_km:")]
    [InlineData("""{"distance_km": NaN}""", "'updates_json' is not usable")]
    [InlineData("12", "'updates_json' is not usable")]
    public async Task An_unusable_updates_json_names_the_field_lists_the_fields_and_reaches_no_service(string updates, string expected)
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.UpdatePlanRun("sub3-spring", 1, "Monday", updates, ct: Ct));

        Assert.StartsWith(expected, refused.Message);
        Assert.EndsWith("Its fields are: type, distance_km, target_pace_min_per_km (e.g. \"4:45\" or \"4:40-4:50\"), structure, description, duration_minutes, day_of_week.", refused.Message);
        Assert.Empty(_services.Requests);
    }

    [Fact]
    public async Task Adherence_without_an_active_plan_says_so_and_where_the_plans_are()
    {
        _services.Answer("GET", $"{Plans}/active", new ActivePlan(null, false));

        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.GetPlanAdherence(ct: Ct));

        Assert.Equal("there is no active plan; list_training_plans shows the plans", refused.Message);
    }

    [Fact]
    public async Task A_runaway_distance_is_refused_with_the_plans_services_limit_in_words()
    {
        _services.Problem("PUT", $"{Plans}/sub3-spring/weeks/1/runs/Monday?index=0", 400, "The request is not valid",
            errors: new() { ["distance_km"] = ["a run is more than 0 and at most 400 km; it was 1E+308"] });
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("update_plan_run", new()
        {
            ["plan_id"] = "sub3-spring", ["week_number"] = 1, ["day_of_week"] = "Monday", ["updates_json"] = """{"distance_km": 1e308}""",
        });

        Assert.Equal("distance_km: a run is more than 0 and at most 400 km; it was 1E+308", error);
    }

    [Fact]
    public async Task The_run_tools_tell_the_model_the_limits_before_it_edits()
    {
        await using var client = await host.ConnectAsync(Ct);

        var tools = await client.ListToolsAsync(cancellationToken: Ct);

        foreach (var name in new[] { "update_plan_run", "add_plan_run" })
        {
            var schema = tools.Single(t => t.Name == name).JsonSchema.GetRawText();
            Assert.Contains("distance_km more than 0 and at most 400", schema);
            Assert.Contains("duration_minutes at most 1440 (24 h)", schema);
            Assert.Contains("pace between 2:00 and 15:00 per km", schema);
            Assert.Contains("structure and description at most 2,000 characters", schema);
        }
    }

    [Fact]
    public async Task A_missing_plan_is_refused_with_the_plans_services_words()
    {
        _services.Problem("GET", $"{Plans}/sub3-autumn/yaml", 404, "Not found", "plan 'sub3-autumn' not found; GET /api/plans lists the plans");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("get_training_plan", new() { ["plan_id"] = "sub3-autumn" });

        Assert.Equal("plan 'sub3-autumn' not found; GET /api/plans lists the plans", error);
    }

    [Fact]
    public async Task A_plan_changed_since_it_was_read_is_a_stale_write_the_model_is_told_to_reread()
    {
        _services.Problem("PUT", $"{Plans}/sub3-spring/weeks/1", 409, "The plan changed since you read it",
            "the plan is now at revision rev-3; read it again and reapply your change");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("update_plan_week", new()
        {
            ["plan_id"] = "sub3-spring", ["week_number"] = 1, ["updates_json"] = """{"weekly_focus": "recovery"}""",
        });

        Assert.Equal("the plan is now at revision rev-3; read it again and reapply your change", error);
    }

    [Theory]
    [InlineData("""{"plan_id": "sub3-spring", "day_of_week": "Monday", "updates_json": "{}"}""", "'week_number' is required.")]
    [InlineData("""{"plan_id": "sub3-spring", "week_number": "two", "day_of_week": "Monday", "updates_json": "{}"}""", "'week_number' must be a whole number; it was \"two\".")]
    [InlineData("""{"plan_id": "sub3-spring", "week_number": 1.5, "day_of_week": "Monday", "updates_json": "{}"}""", "'week_number' must be a whole number; it was 1.5.")]
    [InlineData("""{"plan_id": "sub3-spring", "week_number": 1, "day_of_week": "Monday", "updates_json": {"distance_km": 12}}""", "'updates_json' must be text; it was {\"distance_km\":12}.")]
    public async Task A_wrong_argument_is_named_before_any_service_is_asked(string arguments, string expected)
    {
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("update_plan_run", Arguments(arguments));

        Assert.Equal(expected, error);
        Assert.Empty(_services.Requests);
    }

    [Fact]
    public async Task The_projection_of_the_active_plan_gives_race_day_form_each_week_with_its_flags_and_the_method()
    {
        _services.Answer("GET", $"{Plans}/active", new ActivePlan("sub3-spring", false));
        _services.Answer("GET", $"{Plans}/sub3-spring/projection", Projection(raceDayForm: 12.4, tooFastWeek: true));

        var text = await Tools.GetFitnessProjection(ct: Ct);

        Assert.StartsWith("Projection of sub3-spring to race day 2026-05-10: Race day 2026-05-10: form TSB +12", text);
        Assert.Contains("Measured: CTL 40 on 2026-04-14 → 44 today (ATL 50, TSB -6).", text);
        Assert.Contains("2026-04-20 W4: 420 · 62 km · long 30 · 47/55/-8 · ⚠ long run +25 % over the longest of the 4 weeks before (30 against 24)", text);
        Assert.EndsWith("How: rTSS against threshold pace 4:00/km; TSB = the day before's CTL - ATL", text);
        Assert.Equal(["GET /api/plans/active", "GET /api/plans/sub3-spring/projection"], _services.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
    }

    [Fact]
    public async Task A_previewed_longer_long_run_sends_the_change_and_answers_the_difference_saying_nothing_was_saved()
    {
        _services.Answer("POST", $"{Plans}/sub3-spring/projection/preview", new Contracts.Training.ProjectionPreview(
            Projection(12.4, false), Projection(9.1, true), "race-day TSB +12.4 → +9.1, race-day CTL 50 → 50, peak CTL 52 → 52; new too-fast: W4"));

        var text = await Tools.PreviewPlanChange("update_run", 4, "Sunday", """{"distance_km": 30}""", plan_id: "sub3-spring", ct: Ct);

        Assert.StartsWith("Preview of update_run in week 4 (nothing saved): race-day TSB +12.4 → +9.1", text);
        Assert.Contains("new too-fast: W4", text);
        var sent = Assert.Single(_services.Requests);
        Assert.Contains("\"change\":\"update_run\"", sent.Body);
        Assert.Contains("\"week_number\":4,\"day_of_week\":\"Sunday\"", sent.Body);
        Assert.Contains("\"distance_km\":30", sent.Body);
    }

    [Theory]
    [InlineData("move_week", "Sunday", "{}", "'change' is one of update_run, add_run, remove_run, update_week.")]
    [InlineData("remove_run", null, null, "'remove_run' needs day_of_week (Monday..Sunday) to find the run.")]
    [InlineData("add_run", null, null, "'add_run' needs fields_json with the fields to set.")]
    public async Task A_preview_without_what_its_change_needs_is_refused_before_any_service(string change, string? day, string? fields, string expected)
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.PreviewPlanChange(change, 4, day, fields, plan_id: "sub3-spring", ct: Ct));

        Assert.Equal(expected, refused.Message);
        Assert.Empty(_services.Requests);
    }

    static Contracts.Training.FitnessProjection Projection(double raceDayForm, bool tooFastWeek)
    {
        var week = new Contracts.Training.ProjectedWeek(new DateOnly(2026, 4, 20), 4, 420, 62, 30,
            tooFastWeek ? ["long run +25 % over the longest of the 4 weeks before (30 against 24)"] : []);
        return new("sub3-spring", new DateOnly(2026, 5, 10),
            [new(new DateOnly(2026, 4, 14), 0, 40, 38, 2, false), new(new DateOnly(2026, 4, 15), 60, 44, 50, -6, false),
             new(new DateOnly(2026, 4, 26), 90, 47, 55, -8, true)],
            raceDayForm, 50, 52, new DateOnly(2026, 5, 2), [week], tooFastWeek ? [week] : [],
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Race day 2026-05-10: form TSB {raceDayForm:+0;-0;0}, fitness CTL 50"),
            "rTSS against threshold pace 4:00/km; TSB = the day before's CTL - ATL");
    }
}
