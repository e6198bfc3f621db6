using System.Text.Json;
using MCPacer.Testing;

namespace MCPacer.Terminal.Tests;

public sealed class CoachWorkspaceTests
{
    [Fact]
    public async Task Coach_without_claude_says_how_to_install_it_and_opens_a_shell_in_a_workspace_wired_to_the_gateway()
    {
        using var service = new TerminalHost();

        await using var terminal = await service.ConnectAsync("profile=coach");
        await terminal.SendInputAsync("pwd\r");
        var output = await terminal.ReadUntilAsync(o => o.Contains(service.WorkspacePath + "\r\n", StringComparison.Ordinal));

        Assert.Contains("npm install -g @anthropic-ai/claude-code", output);
        var mcpJson = Path.Combine(service.WorkspacePath, ".mcp.json");
        using var config = JsonDocument.Parse(await File.ReadAllTextAsync(mcpJson, TestContext.Current.CancellationToken));
        var server = config.RootElement.GetProperty("mcpServers").GetProperty("mcpacer");
        Assert.Equal("http", server.GetProperty("type").GetString());
        Assert.Equal($"{TerminalHost.GatewayUrl}/mcp", server.GetProperty("url").GetString());
        Assert.Equal($"Bearer {ServiceFactory<Program>.AccessToken}", server.GetProperty("headers").GetProperty("Authorization").GetString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(mcpJson));
        // The coach service is down in this test: no skill rather than an empty or made-up one.
        Assert.False(File.Exists(Path.Combine(service.WorkspacePath, ".claude", "skills", "mcpacer", "SKILL.md")));
    }

    [Fact]
    public async Task Coach_session_writes_the_coach_services_procedure_as_the_mcpacer_skill_and_keeps_other_mcp_servers()
    {
        await using var coach = await CoachStandIn.StartAsync("# Coaching session\n\n1. Call get_plan_context first.\n");
        using var service = new TerminalHost(settings => settings["services:coach:http:0"] = coach.Urls.Single());
        Directory.CreateDirectory(service.WorkspacePath);
        await File.WriteAllTextAsync(Path.Combine(service.WorkspacePath, ".mcp.json"),
            """{"mcpServers":{"mine":{"type":"http","url":"http://example.test/mcp"}}}""", TestContext.Current.CancellationToken);

        var session = await service.StartAsync("coach");

        var skill = await File.ReadAllTextAsync(Path.Combine(service.WorkspacePath, ".claude", "skills", "mcpacer", "SKILL.md"),
            TestContext.Current.CancellationToken);
        Assert.StartsWith("---\nname: mcpacer\n", skill);
        Assert.Contains("1. Call get_plan_context first.", skill);
        using var config = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(service.WorkspacePath, ".mcp.json"),
            TestContext.Current.CancellationToken));
        var servers = config.RootElement.GetProperty("mcpServers");
        Assert.Equal("http://example.test/mcp", servers.GetProperty("mine").GetProperty("url").GetString());
        Assert.Equal($"{TerminalHost.GatewayUrl}/mcp", servers.GetProperty("mcpacer").GetProperty("url").GetString());
        await service.CloseAsync(session.Id);
    }
}
