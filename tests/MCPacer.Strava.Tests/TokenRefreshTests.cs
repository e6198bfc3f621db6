using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

public sealed class TokenRefreshTests(RedisServer redis) : IAsyncLifetime
{
    const string TokenEndpoint = "POST /oauth/token";

    readonly ShiftedClock _clock = new();
    StandIn _standIn = null!;
    StravaHost _service = null!;

    public ValueTask InitializeAsync()
    {
        // Both sides share the clock: a token Strava issues after the jump must look fresh to the service too,
        // or every call after the first refresh would refresh again.
        _standIn = new StandIn { Clock = _clock };
        _service = new StravaHost(_standIn, redis) { Clock = _clock, Settings = { ["Strava:StreamWeeks"] = "0" } };
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Twenty_concurrent_calls_near_expiry_share_one_refresh_and_the_rotated_token_is_persisted_first()
    {
        await _service.ConnectDemoAsync();
        await _service.SyncAsync(TimeSpan.FromSeconds(30));
        var ids = (await _service.CreateAuthorizedClient().GetFromJsonAsync<StravaActivityPage>(
            "/api/strava/activities?per_page=20", TestContext.Current.CancellationToken))!.Items.Select(a => a.Id).ToList();
        var oldRefreshToken = RefreshTokenOnDisk();
        var tokenRequestsBefore = (await _standIn.StatsAsync()).ByEndpoint.GetValueOrDefault(TokenEndpoint);
        _clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1));

        var responses = await Task.WhenAll(ids.Select(id =>
            _service.CreateAuthorizedClient().GetAsync($"/api/strava/activities/{id}/streams?max_points=50", TestContext.Current.CancellationToken)));

        Assert.Equal(20, ids.Count);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(tokenRequestsBefore + 1, (await _standIn.StatsAsync()).ByEndpoint.GetValueOrDefault(TokenEndpoint));
        var newRefreshToken = RefreshTokenOnDisk();
        Assert.NotEqual(oldRefreshToken, newRefreshToken);
        var reuse = await _standIn.CreateClient().PostAsync("/oauth/token", new FormUrlEncodedContent(
        [
            new("client_id", StandIn.ClientId), new("client_secret", StandIn.ClientSecret),
            new("grant_type", "refresh_token"), new("refresh_token", oldRefreshToken),
        ]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
    }

    string RefreshTokenOnDisk() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_service.StravaDirectory, "tokens.json"))).RootElement.GetProperty("refreshToken").GetString()!;

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _standIn.DisposeAsync();
    }
}
