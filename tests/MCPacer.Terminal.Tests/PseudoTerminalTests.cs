using System.Net.Http.Json;

namespace MCPacer.Terminal.Tests;

/// <summary>A real shell on a real pseudo-terminal, driven through the WebSocket as the browser drives it.</summary>
public sealed class PseudoTerminalTests(TerminalHost service) : IClassFixture<TerminalHost>
{
    [Fact]
    public async Task Tty_in_a_shell_session_is_a_dev_pts_terminal_with_xterm_settings()
    {
        await using var terminal = await service.ConnectAsync("profile=shell");

        // $((...)) keeps the markers out of the echo of what was typed.
        await terminal.SendInputAsync("tty; echo \"term=$TERM color=$COLORTERM end=$((40+2))\"\r");
        var output = await terminal.ReadUntilAsync("end=42");

        Assert.Matches(@"/dev/pts/\d+", output);
        Assert.Contains("term=xterm-256color color=truecolor", output);
        Assert.DoesNotContain("no job control", output);
    }

    [Fact]
    public async Task Stty_size_follows_a_resize_from_the_websocket_and_from_rest()
    {
        await using var terminal = await service.ConnectAsync("profile=shell&cols=100&rows=30");
        var session = Assert.IsType<MCPacer.Contracts.Terminal.TerminalSessionFrame>(
            await terminal.ReceiveAsync(TestContext.Current.CancellationToken));

        await terminal.SendInputAsync("stty size\r");
        await terminal.ReadUntilAsync("30 100");

        terminal.ClearOutput();
        await terminal.SendResizeAsync(132, 43);
        await terminal.SendInputAsync("stty size\r");
        await terminal.ReadUntilAsync("43 132");

        terminal.ClearOutput();
        var response = await service.CreateAuthorizedClient().PostAsJsonAsync($"/terminal/sessions/{session.Id}/resize",
            new MCPacer.Contracts.Terminal.TerminalSize(90, 21), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        await terminal.SendInputAsync("stty size\r");
        await terminal.ReadUntilAsync("21 90");

        var listed = Assert.Single(await service.ListAsync(), s => s.Id == session.Id);
        Assert.Equal((90, 21), (listed.Cols, listed.Rows));
        await service.CloseAsync(session.Id);
    }

    [Fact]
    public async Task Ten_megabytes_of_output_arrive_complete_and_in_order_before_the_exit()
    {
        await using var terminal = await service.ConnectAsync("profile=seq");

        var code = await terminal.ReadToExitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(0, code);
        // The terminal turns each \n into \r\n (onlcr), as any terminal does.
        var lines = terminal.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(TerminalHost.SeqLines, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != (i + 1).ToString("D7"))
            {
                Assert.Fail($"Line {i + 1} is '{lines[i]}'");
            }
        }
    }

    [Fact]
    public async Task Ctrl_c_interrupts_the_program_in_the_foreground()
    {
        await using var terminal = await service.ConnectAsync("profile=shell");
        var session = (MCPacer.Contracts.Terminal.TerminalSessionFrame)(await terminal.ReceiveAsync(TestContext.Current.CancellationToken))!;
        var shell = Assert.Single(await service.ListAsync(), s => s.Id == session.Id);

        await terminal.SendInputAsync("sleep 100\r");
        var members = await ProcFs.WaitForMembersAsync(shell.ProcessId, m => m.Any(p => p.Command == "sleep"));
        Assert.Contains(members, p => p.Command == "sleep");

        await terminal.SendInputAsync("\u0003");
        await terminal.SendInputAsync("echo after-$((40+2))\r");
        await terminal.ReadUntilAsync("after-42", TimeSpan.FromSeconds(5));

        Assert.DoesNotContain(ProcFs.SessionMembers(shell.ProcessId), p => p.Command == "sleep");
        await service.CloseAsync(session.Id);
    }

    [Fact]
    public async Task The_exit_code_of_the_program_reaches_the_browser_and_the_session_list()
    {
        await using var terminal = await service.ConnectAsync("profile=shell");
        var session = (MCPacer.Contracts.Terminal.TerminalSessionFrame)(await terminal.ReceiveAsync(TestContext.Current.CancellationToken))!;

        await terminal.SendInputAsync("exit 3\r");

        Assert.Equal(3, await terminal.ReadToExitAsync());
        Assert.Equal(3, Assert.Single(await service.ListAsync(), s => s.Id == session.Id).ExitCode);
        await service.CloseAsync(session.Id);
    }

    [Fact]
    public async Task Closing_a_session_leaves_no_process_of_its_session_or_group()
    {
        var session = await service.StartAsync("shell");
        await using var terminal = await service.ConnectAsync($"session={session.Id}");
        // A background job (its own process group, same session) and a foreground one that ignores SIGHUP.
        await terminal.SendInputAsync("sleep 300 & trap '' HUP; sleep 301\r");
        var before = await ProcFs.WaitForMembersAsync(session.ProcessId, m => m.Count(p => p.Command == "sleep") == 2);
        Assert.Equal(2, before.Count(p => p.Command == "sleep"));

        var response = await service.CloseAsync(session.Id);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(ProcFs.SessionMembers(session.ProcessId));
        Assert.DoesNotContain(await service.ListAsync(), s => s.Id == session.Id);
    }

    [Fact]
    public async Task A_browser_that_stops_reading_pauses_the_program_instead_of_filling_memory()
    {
        var session = await service.StartAsync("yes");
        await using var terminal = await service.ConnectAsync($"session={session.Id}");
        await terminal.ReadUntilAsync(output => output.Length > 100_000);

        // Once the bounded buffers and the socket are full, `yes` blocks in write().
        var paused = await WaitUntilStableAsync(session.ProcessId);
        Assert.True(paused, "yes kept writing although nobody read its output");

        var written = ProcFs.BytesWritten(session.ProcessId);
        terminal.ClearOutput();
        await terminal.ReadUntilAsync(output => output.Length > 1_000_000);
        Assert.True(ProcFs.BytesWritten(session.ProcessId) > written, "yes did not resume when the browser read again");
        await service.CloseAsync(session.Id);
    }

    static async Task<bool> WaitUntilStableAsync(int pid)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var last = ProcFs.BytesWritten(pid);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            var now = ProcFs.BytesWritten(pid);
            if (now == last)
            {
                return true;
            }

            last = now;
        }

        return false;
    }
}
