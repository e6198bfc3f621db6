using System.Net;
using System.Net.Sockets;
using MCPacer.Testing;

namespace MCPacer.Cli.Tests;

/// <summary>Without a running stack every command says so in one line and exits 1 (real `mcpacer` processes).</summary>
public sealed class NotRunningTests
{
    const string NotRunning = "MCPacer is not running: start it with dotnet run --project MCPacer.AppHost";

    [Theory]
    [InlineData("status")]
    [InlineData("analyze-plan")]
    [InlineData("generate-calendar")]
    [InlineData("mcp")]
    public async Task Every_command_with_an_empty_data_dir_says_MCPacer_is_not_running_and_exits_1(string command)
    {
        using var dataDir = new TempDirectory();

        var (exit, stdout, stderr) = await McpacerCli.RunAsync([command, "--data-dir", dataDir.Path]);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith(NotRunning, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Without_the_option_the_data_dir_comes_from_MCPACER_DATA_DIR()
    {
        using var dataDir = new TempDirectory();

        var (exit, _, stderr) = await McpacerCli.RunAsync(["analyze-plan"], new Dictionary<string, string?> { ["MCPACER_DATA_DIR"] = dataDir.Path });

        Assert.Equal(1, exit);
        Assert.Contains(dataDir.Path, stderr);
    }

    [Fact]
    public async Task A_resources_file_left_by_a_killed_stack_shows_its_states_but_says_not_running()
    {
        using var dataDir = new TempDirectory();
        var closedPort = FreePort();
        Directory.CreateDirectory(Path.Combine(dataDir.Path, "apphost"));
        File.WriteAllText(Path.Combine(dataDir.Path, "access-token"), "a-token-of-a-stack-that-is-gone-0123456789");
        File.WriteAllText(Path.Combine(dataDir.Path, "apphost", "resources.json"), $$"""
            {"updatedAt":"2026-12-01T10:00:00Z","resources":[{"name":"gateway","type":"Executable","state":"Running","health":"Healthy","url":"http://127.0.0.1:{{closedPort}}","pid":1,"restarts":2}]}
            """);

        var (exit, stdout, stderr) = await McpacerCli.RunAsync(["status", "--data-dir", dataDir.Path]);

        Assert.Equal(1, exit);
        Assert.Matches(@"gateway\s+Running\s+Healthy\s+2\s+http://127\.0\.0\.1:" + closedPort, stdout);
        Assert.Contains("not answering", stdout);
        Assert.StartsWith(NotRunning, stderr);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
