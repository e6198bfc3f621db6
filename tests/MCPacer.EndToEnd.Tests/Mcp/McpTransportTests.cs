using System.Net;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace MCPacer.EndToEnd.Tests.Mcp;

[Collection(StackCollection.Name)]
public sealed class McpTransportTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_the_token_the_mcp_endpoint_is_401_and_the_client_cannot_connect()
    {
        stack.Require();

        using var response = await stack.Gateway(authorized: false).SendAsync(Initialize(), Ct);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ModelContextProtocol.Client.McpClient.CreateAsync(
            new ModelContextProtocol.Client.HttpClientTransport(new() { Endpoint = stack.Endpoint() }), cancellationToken: Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("401", refused.ToString());
    }

    [Fact]
    public async Task A_request_from_a_foreign_origin_is_refused_even_with_the_token()
    {
        stack.Require();
        using var request = Initialize();
        request.Headers.Add("Origin", "http://rebound.example:5170");

        using var response = await stack.Gateway().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_stopped_service_gives_a_tool_error_naming_it_the_session_context_the_other_parts_and_the_next_call_after_restart_succeeds()
    {
        stack.Require();
        var commands = stack.App.Services.GetRequiredService<ResourceCommandService>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        await using var client = await stack.ConnectMcpAsync(timeout.Token);

        var stopped = await commands.ExecuteCommandAsync("coach", KnownResourceCommands.StopCommand, timeout.Token);
        Assert.True(stopped.Success, stopped.Message);
        await stack.App.ResourceNotifications.WaitForResourceAsync("coach", KnownResourceStates.TerminalStates, timeout.Token);
        var down = await client.CallErrorAsync("read_coach_memory", null, timeout.Token);
        var partial = await client.CallTextAsync("get_session_context", null, timeout.Token);

        var started = await commands.ExecuteCommandAsync("coach", KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(started.Success, started.Message);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("coach", timeout.Token);
        var up = await client.CallTextAsync("read_coach_memory", null, timeout.Token);

        Assert.Contains("the coach service is not answering; try again in a moment", down);
        Assert.Contains("(the coach service is not answering; try again in a moment)", partial);
        Assert.Contains("=== ACTIVE PLAN: Demo Marathon Build ===", partial);
        Assert.True(up.Contains("## Athlete") || up.Contains("No coach memory found"), up);
    }

    static HttpRequestMessage Initialize()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"e2e","version":"1"}}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }
}
