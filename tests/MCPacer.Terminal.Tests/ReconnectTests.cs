using MCPacer.Contracts.Terminal;

namespace MCPacer.Terminal.Tests;

public sealed class ReconnectTests(TerminalHost service) : IClassFixture<TerminalHost>
{
    [Fact]
    public async Task Reconnecting_replays_the_scrollback_and_the_session_goes_on()
    {
        string id;
        await using (var first = await service.ConnectAsync("profile=shell"))
        {
            id = ((TerminalSessionFrame)(await first.ReceiveAsync(TestContext.Current.CancellationToken))!).Id;
            await first.SendInputAsync("echo before-$((40+2))\r");
            await first.ReadUntilAsync("before-42");
            await first.CloseAsync();
        }

        await using var second = await service.ConnectAsync($"session={id}");

        var replay = Assert.IsType<TerminalOutputFrame>(await second.ReceiveAsync(TestContext.Current.CancellationToken));
        Assert.Contains("before-42", replay.Data);
        await second.SendInputAsync("echo after-$((40+2))\r");
        await second.ReadUntilAsync("after-42");
        await service.CloseAsync(id);
    }

    [Fact]
    public async Task A_second_browser_takes_the_session_over_from_the_first()
    {
        var session = await service.StartAsync("shell");
        await using var first = await service.ConnectAsync($"session={session.Id}");
        await first.SendInputAsync("echo one-$((40+2))\r");
        await first.ReadUntilAsync("one-42");

        await using var second = await service.ConnectAsync($"session={session.Id}");
        await second.ReadUntilAsync("one-42");
        await second.SendInputAsync("echo two-$((40+2))\r");
        await second.ReadUntilAsync("two-42");

        Assert.DoesNotContain("two-42", first.Output);
        await service.CloseAsync(session.Id);
    }

    [Fact]
    public async Task Reconnecting_after_the_program_ended_replays_the_newest_scrollback_then_the_exit()
    {
        using var small = new TerminalHost(settings =>
        {
            settings["Terminal:ScrollbackBytes"] = "4096";
            settings["Terminal:Profiles:count:Command"] = "seq";
            settings["Terminal:Profiles:count:Arguments:0"] = "20000";
        });
        var session = await small.StartAsync("count");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await small.ListAsync()).Single().ExitCode is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await using var terminal = await small.ConnectAsync($"session={session.Id}");

        Assert.Equal(0, await terminal.ReadToExitAsync());
        Assert.InRange(terminal.Output.Length, 4000, 4096);
        // The oldest line may be cut; every whole line after it is there, in order, up to the last.
        var lines = terminal.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(int.Parse).ToList();
        Assert.Equal(20000, lines[^1]);
        Assert.Equal(Enumerable.Range(lines[0], lines.Count), lines);
    }

    [Fact]
    public async Task Reconnecting_to_an_unknown_session_is_refused_with_404()
    {
        var refused = await Assert.ThrowsAsync<RefusedException>(() => service.ConnectAsync("session=0123456789abcdef"));

        Assert.Equal(404, refused.Status);
    }
}
