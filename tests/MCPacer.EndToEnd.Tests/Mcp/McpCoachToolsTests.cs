using System.Text.RegularExpressions;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MCPacer.EndToEnd.Tests.Mcp;

/// <summary>The coach tools through the gateway, against the demo stack's coach service.</summary>
[Collection(StackCollection.Name)]
public sealed partial class McpCoachToolsTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_memory_section_written_by_the_coach_is_read_back_in_the_memory_and_the_resource()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var saved = await client.CallTextAsync("update_coach_memory",
            new() { ["section"] = "Goals", ["content"] = "- Sub-3 marathon at Valencia, 2026-12-06." }, Ct);
        var memory = await client.CallTextAsync("read_coach_memory", null, Ct);
        var resource = await client.ReadResourceAsync("mcpacer://coach/memory", cancellationToken: Ct);

        Assert.Contains("'goals' section", saved);
        Assert.Contains("## Goals", memory);
        Assert.Contains("Sub-3 marathon at Valencia", memory);
        Assert.Contains("Sub-3 marathon at Valencia", Assert.IsType<TextResourceContents>(Assert.Single(resource.Contents)).Text);
    }

    [Fact]
    public async Task A_saved_session_log_comes_back_in_the_recent_logs_and_by_its_date()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var saved = await client.CallTextAsync("save_session_log",
            new() { ["summary"] = "Talked through the taper; cut Thursday's intervals.\n- calf niggle gone", ["coach_name"] = "david" }, Ct);
        var date = SavedDate().Match(saved).Groups[1].Value;
        var recent = await client.CallTextAsync("get_session_logs", new() { ["limit"] = 3 }, Ct);
        var byDate = await client.CallTextAsync("get_archived_session_log", new() { ["session_date"] = date }, Ct);

        Assert.Contains("Talked through the taper", recent);
        Assert.Contains($"### Session {date}", recent);
        Assert.Contains("Coach: david", byDate);
    }

    [Fact]
    public async Task Personas_are_listed_and_one_loads_with_the_guidelines()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var personas = await client.CallTextAsync("get_coaching_personas", null, Ct);
        var david = await client.CallTextAsync("get_coaching_persona", new() { ["coach_name"] = "david" }, Ct);

        Assert.Equal(["coach", "david", "hartmann", "kim", "roland"], personas.Split('\n').Select(l => l.Split(':')[0]).Order());
        Assert.True(david.Length > 500, david);
    }

    [Fact]
    public async Task The_onboarding_questions_say_where_each_answer_goes()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var questions = await client.CallTextAsync("get_onboarding_questions", null, Ct);

        Assert.Contains("PRs (5K, 10K, half marathon, marathon)", questions);
        Assert.Contains("save to: active_flags", questions);
        Assert.Contains("update_coach_memory", questions);
    }

    [Fact]
    public async Task Highlighted_body_regions_show_with_their_reason_until_cleared()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var regions = await client.CallTextAsync("list_body_regions", null, Ct);
        await client.CallTextAsync("highlight_body_regions",
            new() { ["regions"] = new[] { "back_left_calf", "back_right_calf" }, ["reason"] = "Eccentric calf raises, 3x15" }, Ct);
        var highlighted = await client.CallTextAsync("get_painted_regions", null, Ct);
        await client.CallTextAsync("clear_body_highlights", null, Ct);
        var cleared = await client.CallTextAsync("get_painted_regions", null, Ct);

        Assert.Contains("back_left_calf: Left calf (left, back)", regions);
        Assert.Equal(63, regions.Split('\n').Length);
        Assert.Contains("- back_right_calf: Eccentric calf raises, 3x15", highlighted);
        Assert.Contains("No coach highlights.", cleared);
    }

    [Fact]
    public async Task The_coaching_session_prompt_names_the_persona_asked_for()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var session = await client.GetPromptAsync("coaching_session", new Dictionary<string, object?> { ["persona"] = "kim" }, cancellationToken: Ct);
        var onboarding = await client.GetPromptAsync("onboarding", cancellationToken: Ct);
        var digest = await client.GetPromptAsync("digest_runs", cancellationToken: Ct);

        Assert.Contains("`get_coaching_persona` with coach_name `kim`", PromptText(session));
        Assert.Contains("read_coach_memory", PromptText(session));
        Assert.Contains("# Onboarding a new athlete", PromptText(onboarding));
        Assert.Contains("save_run_digest", PromptText(digest));
    }

    [Theory]
    [InlineData("get_archived_session_log", "session_date", "last tuesday", "'session_date' must be a date written yyyy-MM-dd")]
    [InlineData("get_session_logs", "limit", "three", "'limit' must be a whole number")]
    [InlineData("get_archived_session_log", "session_date", "1999-01-01", "No session log for 1999-01-01")]
    [InlineData("get_coaching_persona", "coach_name", "../../etc/passwd", "is not a valid name")]
    [InlineData("get_coaching_persona", "coach_name", "nobody", "Available: coach")]
    [InlineData("update_coach_memory", "section", "shoe collection", "Valid keys: athlete")]
    [InlineData("get_session_logs", "limit", 9, "'limit' is 1 to 5; it was 9.")]
    [InlineData("highlight_body_regions", "regions", new[] { "left_nose" }, "'left_nose' is not a body region")]
    public async Task Bad_arguments_are_tool_errors_that_say_what_is_wrong(string tool, string parameter, object value, string expected)
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);
        Dictionary<string, object?> arguments = tool switch
        {
            "update_coach_memory" => new() { ["content"] = "x" },
            "highlight_body_regions" => new() { ["reason"] = "x" },
            _ => [],
        };
        arguments[parameter] = value;

        var error = await client.CallErrorAsync(tool, arguments, Ct);

        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_tool_error_naming_it()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var error = await client.CallErrorAsync("get_coaching_persona", [], Ct);

        Assert.Contains("'coach_name' is required", error);
    }

    static string PromptText(GetPromptResult prompt) =>
        string.Concat(prompt.Messages.Select(m => m.Content).OfType<TextContentBlock>().Select(t => t.Text));

    [GeneratedRegex(@"for (\d{4}-\d{2}-\d{2})")]
    private static partial Regex SavedDate();
}
