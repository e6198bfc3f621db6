using System.Net;
using System.Net.WebSockets;
using Aspire.Hosting.Testing;

namespace MCPacer.EndToEnd.Tests.Security;

/// <summary>
/// What another site or a process without the token can do to a running stack: nothing. Every write endpoint the
/// services declare, /mcp and the terminal are tried through the gateway and at the service's own port.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class AccessTests(StackFixture stack)
{
    const string ForeignOrigin = "http://evil.example";
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_write_endpoint_refuses_a_request_without_the_token_and_one_from_a_foreign_origin()
    {
        stack.Require();
        var writes = (await Endpoints.AllAsync(stack, Ct)).Where(o => o.IsWrite).ToList();
        var failures = new List<string>();

        foreach (var write in writes)
        {
            foreach (var (where, address) in new[] { ("gateway", stack.GatewayUrl), (write.Service, stack.App.GetEndpoint(write.Service, "http")) })
            {
                var anonymous = await SendAsync(address, write, token: false, origin: null);
                var foreign = await SendAsync(address, write, token: true, origin: ForeignOrigin);
                if (anonymous != HttpStatusCode.Unauthorized || foreign != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{write} at {where}: without the token {(int)anonymous}, from {ForeignOrigin} {(int)foreign}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.All((string[])["mcp", "strava", "plans", "coach", "terminal"], service => Assert.Contains(writes, w => w.Service == service));
    }

    [Theory]
    [InlineData("/terminal/ws")]
    [InlineData("/_blazor")]
    public async Task A_websocket_without_the_token_or_from_a_foreign_origin_is_refused(string path)
    {
        stack.Require();
        var url = new UriBuilder(new Uri(stack.GatewayUrl, path)) { Scheme = "ws" }.Uri;

        Assert.Equal(HttpStatusCode.Unauthorized, await ConnectAsync(url, token: false, origin: null));
        Assert.Equal(HttpStatusCode.Forbidden, await ConnectAsync(url, token: true, origin: ForeignOrigin));
    }

    [Fact]
    public async Task No_endpoint_answers_a_cors_preflight_from_another_origin()
    {
        stack.Require();
        var operations = (await Endpoints.AllAsync(stack, Ct)).Append(new("dashboard", "GET", "/")).ToList();
        var allowing = new List<string>();

        foreach (var operation in operations)
        {
            foreach (var token in new[] { false, true })
            {
                using var preflight = new HttpRequestMessage(HttpMethod.Options, operation.Path);
                preflight.Headers.Add("Origin", ForeignOrigin);
                preflight.Headers.Add("Access-Control-Request-Method", operation.Method);
                preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
                using var response = await stack.Gateway(authorized: token).SendAsync(preflight, Ct);
                if (response.Headers.Contains("Access-Control-Allow-Origin") || response.Headers.Contains("Access-Control-Allow-Methods"))
                {
                    allowing.Add($"{operation} (token: {token})");
                }
            }
        }

        Assert.Empty(allowing);
    }

    async Task<HttpStatusCode> SendAsync(Uri address, Endpoints.Operation operation, bool token, string? origin)
    {
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Path)
        {
            Content = operation.Method == "DELETE" ? null : JsonContent.Create(new { }),
        };
        if (token)
        {
            request.Headers.Authorization = new("Bearer", stack.AccessToken);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    async Task<HttpStatusCode> ConnectAsync(Uri url, bool token, string? origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (token)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {stack.AccessToken}");
        }

        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        try
        {
            await socket.ConnectAsync(url, Ct);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }
}
