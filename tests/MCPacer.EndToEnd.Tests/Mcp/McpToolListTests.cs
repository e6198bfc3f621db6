using System.Text.Json;
using ModelContextProtocol.Client;

namespace MCPacer.EndToEnd.Tests.Mcp;

[Collection(StackCollection.Name)]
public sealed class McpToolListTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly string[] CoachTools =
    [
        "get_coaching_personas", "get_coaching_persona", "get_onboarding_questions", "read_coach_memory", "update_coach_memory",
        "get_session_logs", "save_session_log", "get_archived_session_log",
        "list_body_regions", "get_painted_regions", "highlight_body_regions", "clear_body_highlights",
    ];

    public static readonly string[] PlanTools =
    [
        "get_plan_context", "list_training_plans", "get_training_plan", "update_plan_run", "update_plan_week", "add_plan_run",
        "remove_plan_run", "add_plan_comment", "create_training_plan", "delete_training_plan", "get_plan_adherence",
        "get_fitness_projection", "preview_plan_change",
    ];

    public static readonly string[] StravaTools =
    [
        "get_run_context", "get_activities", "get_activities_by_date_range", "get_activity_by_id", "get_recent_activities",
        "get_activity_streams", "get_activity_description", "get_run_detail", "get_pending_digests", "save_run_digest",
        "add_coaching_feedback", "add_run_note", "get_sync_status", "sync_strava", "get_session_context",
        "get_training_load", "predict_race_times", "get_training_paces", "get_best_efforts", "get_zones", "get_athlete_profile",
        "update_athlete_profile", "set_session_rpe",
    ];

    /// <summary>The original MCPacer's parameter names, which its skill's calls use.</summary>
    public static readonly (string Tool, string[] Parameters)[] OriginalParameters =
    [
        ("update_coach_memory", ["section", "content"]),
        ("get_session_logs", ["limit"]),
        ("save_session_log", ["summary", "coach_name"]),
        ("get_archived_session_log", ["session_date"]),
        ("get_coaching_persona", ["coach_name"]),
        ("highlight_body_regions", ["regions", "reason"]),
        ("get_training_plan", ["plan_id"]),
        ("update_plan_run", ["plan_id", "week_number", "day_of_week", "updates_json", "run_index"]),
        ("update_plan_week", ["plan_id", "week_number", "updates_json"]),
        ("add_plan_run", ["plan_id", "week_number", "run_json"]),
        ("remove_plan_run", ["plan_id", "week_number", "day_of_week", "run_index"]),
        ("add_plan_comment", ["plan_id", "week_number", "comment"]),
        ("get_activities", ["limit"]),
        ("get_activities_by_date_range", ["start_date", "end_date", "limit"]),
        ("get_activity_by_id", ["activity_id"]),
        ("get_recent_activities", ["days", "limit"]),
        ("get_activity_streams", ["activity_id", "stream_types", "max_points"]),
        ("get_activity_description", ["activity_id"]),
        ("get_run_detail", ["activity_id"]),
        ("add_run_note", ["activity_id", "note"]),
        ("save_run_digest", ["activity_id", "digest"]),
        ("add_coaching_feedback", ["activity_id", "feedback", "coach_name"]),
    ];

    [Fact]
    public async Task Every_tool_of_the_original_MCPacer_is_listed_with_a_description_and_an_input_schema()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name);

        Assert.All([.. CoachTools, .. PlanTools, .. StravaTools], name => Assert.Contains(name, tools.Keys));
        Assert.Equal(CoachTools.Length + PlanTools.Length + StravaTools.Length, tools.Count);
        Assert.All(tools.Values, tool =>
        {
            Assert.True(tool.Description is { Length: > 40 }, $"{tool.Name} has no useful description");
            Assert.Equal(JsonValueKind.Object, tool.JsonSchema.ValueKind);
            Assert.Equal("object", tool.JsonSchema.GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task Tools_take_the_original_MCPacers_parameter_names_each_described()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name);

        foreach (var (tool, parameters) in OriginalParameters)
        {
            var properties = tools[tool].JsonSchema.GetProperty("properties");
            Assert.Equal(parameters.Order(), properties.EnumerateObject().Select(p => p.Name).Order());
        }

        foreach (var tool in tools.Values)
        {
            if (tool.JsonSchema.TryGetProperty("properties", out var properties))
            {
                Assert.All(properties.EnumerateObject(), p =>
                    Assert.True(p.Value.TryGetProperty("description", out _), $"{tool.Name}({p.Name}) has no description"));
            }
        }
    }

    [Fact]
    public async Task Reading_tools_are_marked_read_only_and_overwriting_tools_destructive()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name, t => t.ProtocolTool.Annotations);

        Assert.True(tools["read_coach_memory"]?.ReadOnlyHint);
        Assert.True(tools["get_coaching_personas"]?.ReadOnlyHint);
        Assert.True(tools["list_body_regions"]?.ReadOnlyHint);
        Assert.True(tools["update_coach_memory"]?.DestructiveHint);
        Assert.True(tools["clear_body_highlights"]?.DestructiveHint);
        Assert.False(tools["save_session_log"]?.DestructiveHint);
        Assert.True(tools["get_plan_context"]?.ReadOnlyHint);
        Assert.True(tools["get_activity_streams"]?.ReadOnlyHint);
        Assert.True(tools["delete_training_plan"]?.DestructiveHint);
        Assert.True(tools["remove_plan_run"]?.DestructiveHint);
        Assert.False(tools["add_plan_run"]?.DestructiveHint);
        Assert.True(tools["add_coaching_feedback"]?.OpenWorldHint);
        Assert.NotEqual(true, tools["save_session_log"]?.ReadOnlyHint);
    }

    [Fact]
    public async Task Ids_are_numbers_and_dates_are_dates_in_the_schemas()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name);

        Assert.Equal("integer", Property(tools["get_activity_by_id"], "activity_id").GetProperty("type").GetString());
        Assert.Equal("integer", Property(tools["update_plan_run"], "week_number").GetProperty("type").GetString());
        Assert.Equal("date", Property(tools["get_activities_by_date_range"], "start_date").GetProperty("format").GetString());
        Assert.Equal("date", Property(tools["create_training_plan"], "race_date").GetProperty("format").GetString());
    }

    static JsonElement Property(McpClientTool tool, string name) => tool.JsonSchema.GetProperty("properties").GetProperty(name);

    [Fact]
    public async Task The_coaching_prompts_are_listed_with_the_persona_argument()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var prompts = (await client.ListPromptsAsync(cancellationToken: Ct)).ToDictionary(p => p.Name);

        Assert.Equal(["coaching_session", "digest_runs", "onboarding"], prompts.Keys.Order());
        var persona = Assert.Single(prompts["coaching_session"].ProtocolPrompt.Arguments!);
        Assert.Equal("persona", persona.Name);
        Assert.NotEqual(true, persona.Required);
    }
}
