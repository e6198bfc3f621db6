using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Security;

/// <summary>The started stack listens only where the runner's own machine can reach it.</summary>
[Collection(StackCollection.Name)]
public sealed class LoopbackTests(StackFixture stack)
{
    [Fact]
    public void Every_listening_socket_of_the_stack_is_on_loopback()
    {
        stack.Require();
        // The AppHost runs inside this test process; DCP and every resource run under it or under DCP.
        var sockets = ListeningSockets.Of(StackProcesses.Of(Environment.ProcessId));

        Assert.Contains(sockets, s => s.Port == stack.GatewayUrl.Port);
        Assert.True(sockets.Count >= StackFixture.Services.Length, $"only {sockets.Count} listening sockets: {string.Join("; ", sockets)}");
        Assert.Empty(sockets.Where(s => !s.OnLoopback).Select(s => s.ToString()));
    }
}
