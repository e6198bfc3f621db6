using System.Net;
using MCPacer.Testing;
using Microsoft.AspNetCore.TestHost;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class AccessTokenTests : IAsyncLifetime
{
    Microsoft.AspNetCore.Builder.WebApplication _app = null!;
    const string Token = ServiceFactory<object>.AccessToken;

    public async ValueTask InitializeAsync() => _app = await ProbeService.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(null, null, HttpStatusCode.Unauthorized)]
    [InlineData("Bearer " + Token, null, HttpStatusCode.OK)]
    [InlineData("Bearer not-the-token", null, HttpStatusCode.Unauthorized)]
    [InlineData(null, "mcpacer_token=" + Token, HttpStatusCode.OK)]
    [InlineData(null, "mcpacer_token=wrong", HttpStatusCode.Unauthorized)]
    public async Task Reads_need_the_token_as_bearer_or_cookie(string? authorization, string? cookie, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/read");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await _app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(null, null, HttpStatusCode.OK)]
    [InlineData("http://evil.example", null, HttpStatusCode.Forbidden)]
    [InlineData("http://127.0.0.1:5170", "127.0.0.1:5170", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:9999", "127.0.0.1:5170", HttpStatusCode.Forbidden)]
    public async Task Writes_from_another_origin_are_refused(string? origin, string? forwardedHost, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/write");
        request.Headers.Add("Authorization", "Bearer " + Token);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (forwardedHost is not null)
        {
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
        }

        using var response = await _app.GetTestClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Health_and_alive_answer_without_the_token()
    {
        var client = _app.GetTestClient();

        using var alive = await client.GetAsync("/alive", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
