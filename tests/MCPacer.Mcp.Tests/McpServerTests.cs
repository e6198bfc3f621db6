using System.Net;
using System.Text.Json;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The server as a client meets it: every tool, prompt and resource described, the token forwarded, failures as tool errors.</summary>
public sealed class McpServerTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    readonly OwningServices _services = host.Owners.Reset();

    [Fact]
    public async Task Every_tool_has_a_description_and_an_object_input_schema_whose_arguments_are_all_described()
    {
        await using var client = await host.ConnectAsync(Ct);

        var tools = await client.ListToolsAsync(cancellationToken: Ct);

        Assert.Equal(48, tools.Count);
        Assert.All(tools, tool =>
        {
            Assert.True(tool.Description.Length >= 40, $"{tool.Name} has no real description: '{tool.Description}'");
            Assert.Equal("object", tool.JsonSchema.GetProperty("type").GetString());
            if (tool.JsonSchema.TryGetProperty("properties", out var properties))
            {
                foreach (var argument in properties.EnumerateObject())
                {
                    Assert.True(argument.Value.TryGetProperty("description", out var description) && description.GetString()!.Length > 0,
                        $"{tool.Name}({argument.Name}) has no description");
                }
            }
        });
    }

    [Fact]
    public async Task Prompts_and_resources_are_listed_with_descriptions()
    {
        await using var client = await host.ConnectAsync(Ct);

        var prompts = await client.ListPromptsAsync(cancellationToken: Ct);
        var templates = await client.ListResourceTemplatesAsync(cancellationToken: Ct);
        var resources = await client.ListResourcesAsync(cancellationToken: Ct);

        Assert.Equal(["coaching_session", "digest_runs", "onboarding"], prompts.Select(p => p.Name).Order());
        Assert.All(prompts, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        Assert.Equal("mcpacer://plans/{plan_id}", Assert.Single(templates).UriTemplate);
        Assert.Equal("mcpacer://coach/memory", Assert.Single(resources).Uri);
    }

    [Fact]
    public async Task The_callers_access_token_goes_on_to_the_service()
    {
        _services.Answer("GET", "http://coach/api/coach/memory", new MCPacer.Contracts.Coach.CoachMemory(true, "## Athlete\nAda", "v1", []));
        await using var client = await host.ConnectAsync(Ct);

        var memory = await client.CallTextAsync("read_coach_memory");

        Assert.Equal("## Athlete\nAda", memory);
        Assert.Equal($"Bearer {MCPacer.Testing.ServiceFactory<Program>.AccessToken}", Assert.Single(_services.Requests).Authorization);
    }

    [Fact]
    public async Task A_resource_whose_service_refuses_is_an_error_in_the_services_words()
    {
        _services.Problem("GET", "http://plans/api/plans/nope/yaml", 404, "Not found", "plan 'nope' not found; GET /api/plans lists the plans");
        await using var client = await host.ConnectAsync(Ct);

        var refused = await Assert.ThrowsAnyAsync<ModelContextProtocol.McpException>(() => client.ReadResourceAsync("mcpacer://plans/nope", cancellationToken: Ct).AsTask());

        Assert.Contains("plan 'nope' not found; GET /api/plans lists the plans", refused.Message);
    }

    [Fact]
    public async Task Without_the_access_token_the_server_answers_401()
    {
        using var anonymous = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 1, method = "tools/list" }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");

        var response = await anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_services.Requests);
    }
}
