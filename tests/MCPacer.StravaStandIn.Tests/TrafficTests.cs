using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

public sealed class TrafficTests : IDisposable
{
    readonly StandInHost _standIn = new();

    public TrafficTests() => _standIn.Settings["StandIn:TimeScale"] = "900";

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_api_response_carries_Stravas_rate_limit_headers_even_a_401()
    {
        var api = await _standIn.ConnectedClientAsync();

        var ok = await api.GetAsync("/api/v3/athlete", Ct);
        var unauthorized = await _standIn.CreateClient().GetAsync("/api/v3/athlete", Ct);

        Assert.Equal("200,2000", ok.Headers.GetValues(StravaRateLimitHeaders.Limit).Single());
        Assert.Equal("1,1", ok.Headers.GetValues(StravaRateLimitHeaders.Usage).Single());
        Assert.Equal("100,1000", ok.Headers.GetValues(StravaRateLimitHeaders.ReadLimit).Single());
        Assert.Equal("1,1", ok.Headers.GetValues(StravaRateLimitHeaders.ReadUsage).Single());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("2,2", unauthorized.Headers.GetValues(StravaRateLimitHeaders.Usage).Single());
    }

    [Fact]
    public async Task The_101st_read_of_a_window_gets_429_and_the_next_window_serves_again()
    {
        var api = await _standIn.ConnectedClientAsync();

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);
        }

        var refused = await api.GetAsync("/api/v3/athlete", Ct);
        var write = await api.PutAsJsonAsync("/api/v3/activities/1", new UpdatableActivity { Description = "x" }, Ct);
        _standIn.Clock.Advance(TimeSpan.FromSeconds(1)); // 15 minutes at 900x
        var nextWindow = await api.GetAsync("/api/v3/athlete", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("100,100", refused.Headers.GetValues(StravaRateLimitHeaders.ReadUsage).Single());
        var error = (await refused.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single();
        Assert.Equal(("Application", "rate limit", "exceeded"), (error.Resource, error.Field, error.Code));
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode); // writes still have room under the overall limit
        Assert.Equal(HttpStatusCode.OK, nextWindow.StatusCode);
        Assert.Equal("1,102", nextWindow.Headers.GetValues(StravaRateLimitHeaders.Usage).Single());
        Assert.Equal("1,101", nextWindow.Headers.GetValues(StravaRateLimitHeaders.ReadUsage).Single());

        var stats = await _standIn.CreateClient().GetFromJsonAsync<StandInStats>("/_standin/stats", Ct);
        Assert.Equal(1, stats!.RateLimited);
        Assert.Equal(102, stats.ByEndpoint["GET /api/v3/athlete"]);
        Assert.Equal(1, stats.ByEndpoint["PUT /api/v3/activities/{id:long}"]);
        Assert.Equal(1, stats.Usage.ReadFifteenMinute);
        Assert.Equal(_standIn.Clock.GetUtcNow().AddSeconds(1), stats.Usage.WindowEndsAt);
    }

    [Fact]
    public async Task Injected_server_errors_are_5xx_and_counted()
    {
        _standIn.Settings["StandIn:ServerErrorRate"] = "1";
        var client = _standIn.CreateClient();

        var response = await client.GetAsync("/api/v3/athlete", Ct);

        Assert.InRange((int)response.StatusCode, 500, 503);
        var stats = await client.GetFromJsonAsync<StandInStats>("/_standin/stats", Ct);
        Assert.Equal(1, stats!.ServerErrors);
    }

    [Fact]
    public async Task Added_latency_delays_every_strava_request()
    {
        _standIn.Settings["StandIn:AddedLatency"] = "00:00:00.300";
        var client = _standIn.CreateClient();
        var started = TimeProvider.System.GetTimestamp();

        var response = await client.GetAsync("/api/v3/athlete", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(300));
    }

    public void Dispose() => _standIn.Dispose();
}
