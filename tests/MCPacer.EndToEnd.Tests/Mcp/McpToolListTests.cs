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

    /// <summary>The seed's parameter names, which its skill's calls use.</summary>
    public static readonly (string Tool, string[] Parameters)[] SeedParameters =
    [
        ("update_coach_memory", ["section", "content"]),
        ("get_session_logs", ["limit"]),
        ("save_session_log", ["summary", "coach_name"]),
        ("get_archived_session_log", ["session_date"]),
        ("get_coaching_persona", ["coach_name"]),
        ("highlight_body_regions", ["regions", "reason"]),
    ];

    [Fact]
    public async Task Every_seed_tool_is_listed_with_a_description_and_an_input_schema()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name);

        Assert.All(CoachTools, name => Assert.Contains(name, tools.Keys));
        Assert.All(tools.Values, tool =>
        {
            Assert.True(tool.Description is { Length: > 40 }, $"{tool.Name} has no useful description");
            Assert.Equal(JsonValueKind.Object, tool.JsonSchema.ValueKind);
            Assert.Equal("object", tool.JsonSchema.GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task Tools_take_the_seeds_parameter_names_each_described()
    {
        stack.Require();
        await using var client = await stack.ConnectMcpAsync(Ct);

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).ToDictionary(t => t.Name);

        foreach (var (tool, parameters) in SeedParameters)
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
        Assert.NotEqual(true, tools["save_session_log"]?.ReadOnlyHint);
    }

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
