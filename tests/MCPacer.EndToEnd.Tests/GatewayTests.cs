using System.Net;
using System.Net.Http.Json;
using System.Text;
using MCPacer.Contracts;

namespace MCPacer.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class GatewayTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/strava/status", "MCPacer.Strava")]
    [InlineData("/api/plans/status", "MCPacer.Plans")]
    [InlineData("/api/coach/status", "MCPacer.Coach")]
    [InlineData("/terminal/status", "MCPacer.Terminal")]
    public async Task Each_service_answers_through_the_gateway(string path, string service)
    {
        stack.Require();

        var status = await stack.Gateway().GetFromJsonAsync<ServiceStatus>(path, Ct);

        Assert.Equal(service, status!.Service);
    }

    [Fact]
    public async Task The_dashboard_page_is_served_at_the_root()
    {
        stack.Require();

        var html = await stack.Gateway().GetStringAsync("/", Ct);

        Assert.Contains("<title>MCPacer</title>", html);
    }

    [Fact]
    public async Task The_mcp_endpoint_answers_initialize()
    {
        stack.Require();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"e2e","version":"1"}}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await stack.Gateway().SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"serverInfo\":{\"name\":\"MCPacer.Mcp\"", body);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/plans/status")]
    [InlineData("/terminal/status")]
    [InlineData("/mcp")]
    public async Task Without_the_token_every_route_is_401(string path)
    {
        stack.Require();

        using var response = await stack.Gateway(authorized: false).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_write_from_a_foreign_origin_is_403()
    {
        stack.Require();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/plans/status");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await stack.Gateway().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_token_link_becomes_an_httponly_cookie_and_leaves_the_address_bar()
    {
        stack.Require();

        using var response = await stack.Gateway(authorized: false).GetAsync($"/?token={stack.AccessToken}&view=plan", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?view=plan", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/coach/status");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var authorized = await stack.Gateway(authorized: false).SendAsync(withCookie, Ct);
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_link_is_refused()
    {
        stack.Require();

        using var response = await stack.Gateway(authorized: false).GetAsync("/?token=not-the-token", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
