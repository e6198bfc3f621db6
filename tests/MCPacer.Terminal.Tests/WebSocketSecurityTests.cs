using MCPacer.Testing;

namespace MCPacer.Terminal.Tests;

/// <summary>Any web page open in the runner's browser could try to open the terminal: it must start nothing.</summary>
public sealed class WebSocketSecurityTests(TerminalHost service) : IClassFixture<TerminalHost>
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-the-access-token-at-all")]
    public async Task A_websocket_without_the_access_token_is_refused_with_401_and_starts_nothing(string? token)
    {
        var childrenBefore = ProcFs.ChildrenOfThisProcess().Select(p => p.Pid).ToHashSet();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => TerminalSocket.ConnectAsync(
            service.BaseAddress, "profile=shell", token, origin: null, TestContext.Current.CancellationToken));

        Assert.Equal(401, refused.Status);
        Assert.Empty(await service.ListAsync());
        Assert.DoesNotContain(ProcFs.ChildrenOfThisProcess(), p => !childrenBefore.Contains(p.Pid));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost:1")]
    public async Task A_websocket_from_a_foreign_origin_is_refused_with_403_and_starts_nothing(string origin)
    {
        var childrenBefore = ProcFs.ChildrenOfThisProcess().Select(p => p.Pid).ToHashSet();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => TerminalSocket.ConnectAsync(
            service.BaseAddress, "profile=shell", ServiceFactory<Program>.AccessToken, origin, TestContext.Current.CancellationToken));

        Assert.Equal(403, refused.Status);
        Assert.Empty(await service.ListAsync());
        Assert.DoesNotContain(ProcFs.ChildrenOfThisProcess(), p => !childrenBefore.Contains(p.Pid));
    }

    [Fact]
    public async Task A_websocket_from_the_gateways_own_origin_is_accepted()
    {
        // Behind the gateway the browser's host arrives as X-Forwarded-Host; here the service is its own host.
        var origin = $"http://{service.BaseAddress.Authority}";

        await using var terminal = await TerminalSocket.ConnectAsync(
            service.BaseAddress, "profile=shell", ServiceFactory<Program>.AccessToken, origin, TestContext.Current.CancellationToken);
        var session = Assert.IsType<MCPacer.Contracts.Terminal.TerminalSessionFrame>(
            await terminal.ReceiveAsync(TestContext.Current.CancellationToken));

        Assert.Equal(204, (int)(await service.CloseAsync(session.Id)).StatusCode);
    }
}
