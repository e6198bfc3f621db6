using System.Text.Json;
using System.Text.RegularExpressions;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests;

/// <summary>The AppHost as a runner uses it: `dotnet run`, the ready line, Ctrl+C, and a crash of the AppHost itself.</summary>
public sealed partial class CommandLineTests
{
    static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Run_prints_the_dashboard_login_then_the_ready_line_and_ctrl_c_leaves_no_process_or_port()
    {
        RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");
        using var dataDir = new TempDirectory();
        await using var apphost = AppHostProcess.Start(dataDir.Path);

        var url = await apphost.WaitForReadyAsync(ReadyTimeout);
        var (pids, ports) = Snapshot(dataDir.Path);
        ProcessTree.Signal(-apphost.ProcessGroup, ProcessTree.SigInt);
        var exited = await apphost.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var (survivors, listening) = await SurvivorsAsync(pids, ports, TimeSpan.FromSeconds(10));

        var output = apphost.Output;
        Assert.Matches(ReadyLine(), url);
        Assert.Contains($"token={File.ReadAllText(Path.Combine(dataDir.Path, "access-token")).Trim()}", url);
        Assert.True(output.IndexOf("Login to the dashboard at", StringComparison.Ordinal) < output.IndexOf("MCPacer is ready at", StringComparison.Ordinal),
            "the Aspire dashboard's login line must come before the ready line");
        Assert.True(exited, "the AppHost did not exit within 10 s of Ctrl+C");
        Assert.Empty(survivors);
        Assert.Empty(listening);
    }

    [Fact]
    public async Task Killing_the_apphost_takes_every_service_down_with_it()
    {
        RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");
        using var dataDir = new TempDirectory();
        await using var apphost = AppHostProcess.Start(dataDir.Path, "--no-dashboard");

        await apphost.WaitForReadyAsync(ReadyTimeout);
        var (pids, ports) = Snapshot(dataDir.Path);
        var apphostPid = ProcessTree.Descendants(apphost.ProcessGroup)
            .First(pid => ProcessTree.CommandLine(pid).Contains("MCPacer.AppHost --data-dir", StringComparison.Ordinal)
                          || ProcessTree.CommandLine(pid).Contains("MCPacer.AppHost.dll", StringComparison.Ordinal));
        ProcessTree.Signal(apphostPid, ProcessTree.SigKill);
        var (survivors, listening) = await SurvivorsAsync(pids, ports, TimeSpan.FromSeconds(45));

        Assert.Empty(survivors);
        Assert.Empty(listening);
    }

    [Fact]
    public async Task Killing_dcp_takes_every_service_down_and_the_next_start_ends_the_redis_server_it_left()
    {
        RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");
        using var dataDir = new TempDirectory();
        List<int> left = [];
        try
        {
            int redis;
            await using (var apphost = AppHostProcess.Start(dataDir.Path, "--no-dashboard"))
            {
                await apphost.WaitForReadyAsync(ReadyTimeout);
                var (services, ports) = Snapshot(dataDir.Path, resource => resource != "redis");
                redis = Snapshot(dataDir.Path, resource => resource == "redis").Pids.Single();
                left = [.. services, redis];
                var dcp = ProcessTree.ParentOf(redis)!.Value;
                Assert.Contains("dcp", ProcessTree.CommandLine(dcp));

                ProcessTree.Signal(dcp, ProcessTree.SigKill);
                var (survivors, listening) = await SurvivorsAsync(services, ports, TimeSpan.FromSeconds(10));

                Assert.Empty(survivors);
                Assert.Empty(listening);
            }

            Assert.True(ProcessTree.IsAlive(redis), "nothing was left behind: the test cannot show that the next start ends it");
            await using var next = AppHostProcess.Start(dataDir.Path, "--no-dashboard");
            await next.WaitForReadyAsync(ReadyTimeout);

            Assert.False(ProcessTree.IsAlive(redis), "the redis-server that outlived its DCP still runs beside the new one");
            Assert.Equal(0, await StackProcesses.StopAsync(next));
        }
        finally
        {
            left.ForEach(pid => ProcessTree.Signal(pid, ProcessTree.SigKill));
        }
    }

    [Theory]
    [InlineData("--port", "notaport")]
    [InlineData("--port", "70000")]
    [InlineData("--data-dir", "--demo")]
    [InlineData("--time-zone", "Mars/Olympus_Mons")]
    public async Task A_bad_option_ends_the_apphost_with_one_line_naming_it_and_exit_code_2(string option, string value)
    {
        using var dataDir = new TempDirectory();
        await using var apphost = AppHostProcess.Start(dataDir.Path, option, value);

        Assert.True(await apphost.WaitForExitAsync(TimeSpan.FromMinutes(1)), "the AppHost kept running with a bad option");
        var output = apphost.Output;
        Assert.Equal(2, apphost.ExitCode);
        Assert.Contains($"mcpacer: {option} needs", output);
        Assert.DoesNotContain("   at ", output);
    }

    /// <summary>Every process of every resource (launchers and what they started) and every port they serve.</summary>
    static (List<int> Pids, List<int> Ports) Snapshot(string dataDir, Func<string, bool>? include = null)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "apphost", "resources.json")));
        var resources = document.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => include?.Invoke(r.GetProperty("name").GetString()!) ?? true).ToList();
        var pids = resources.Select(r => r.GetProperty("pid")).Where(p => p.ValueKind == JsonValueKind.Number)
            .SelectMany(p => ProcessTree.Descendants(p.GetInt32()).Prepend(p.GetInt32())).ToList();
        var ports = resources.Select(r => r.GetProperty("url").GetString()).OfType<string>()
            .Select(u => new Uri(u).Port).ToList();
        Assert.NotEmpty(pids);
        Assert.NotEmpty(ports);
        return (pids, ports);
    }

    static async Task<(List<string> Survivors, List<int> Listening)> SurvivorsAsync(List<int> pids, List<int> ports, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var survivors = pids.Where(ProcessTree.IsAlive).Select(p => $"{p} {ProcessTree.CommandLine(p)}").ToList();
            var listening = ports.Where(ProcessTree.IsListening).ToList();
            if ((survivors.Count == 0 && listening.Count == 0) || DateTime.UtcNow > deadline)
            {
                return (survivors, listening);
            }

            await Task.Delay(250);
        }
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{32,}$")]
    private static partial Regex ReadyLine();
}
