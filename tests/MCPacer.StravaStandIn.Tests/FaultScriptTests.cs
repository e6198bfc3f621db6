using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

/// <summary><c>POST /_standin/faults</c>, the faults the end-to-end fault suite plays in the middle of a sync.</summary>
public sealed class FaultScriptTests : IDisposable
{
    readonly StandInHost _standIn = new();

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StandInFault.ServerError, HttpStatusCode.InternalServerError)]
    [InlineData(StandInFault.RateLimit, HttpStatusCode.TooManyRequests)]
    public async Task The_next_requests_fail_as_scripted_and_then_are_served_again(string kind, HttpStatusCode status)
    {
        var api = await _standIn.ConnectedClientAsync();

        (await _standIn.CreateClient().PostAsJsonAsync("/_standin/faults", new StandInFault(kind, 2), Ct)).EnsureSuccessStatusCode();

        Assert.Equal(status, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);
        Assert.Equal(status, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_held_request_is_answered_never_and_the_next_one_is()
    {
        var api = await _standIn.ConnectedClientAsync();
        (await _standIn.CreateClient().PostAsJsonAsync("/_standin/faults", new StandInFault(StandInFault.Timeout), Ct)).EnsureSuccessStatusCode();

        using var gaveUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.GetAsync("/api/v3/athlete", gaveUp.Token));

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);
    }

    [Fact]
    public async Task Expired_tokens_are_refused_until_refreshed_and_revoked_ones_cannot_be_refreshed()
    {
        var tokens = await _standIn.ConnectAsync();
        var faults = _standIn.CreateClient();

        (await faults.PostAsJsonAsync("/_standin/faults", new StandInFault(StandInFault.ExpireTokens), Ct)).EnsureSuccessStatusCode();
        var expired = await _standIn.CreateApiClient(tokens.AccessToken).GetAsync("/api/v3/athlete", Ct);
        var refresh = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken));
        var renewed = (await refresh.Content.ReadFromJsonAsync<TokenResponse>(Ct))!;
        var afterRefresh = await _standIn.CreateApiClient(renewed.AccessToken).GetAsync("/api/v3/athlete", Ct);
        (await faults.PostAsJsonAsync("/_standin/faults", new StandInFault(StandInFault.RevokeTokens), Ct)).EnsureSuccessStatusCode();
        var revoked = await _standIn.CreateApiClient(renewed.AccessToken).GetAsync("/api/v3/athlete", Ct);
        var refreshRevoked = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", renewed.RefreshToken));

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.NotEqual(tokens.AccessToken, renewed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, afterRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refreshRevoked.StatusCode);
    }

    [Theory]
    [InlineData("meteor", 1, "kind")]
    [InlineData(StandInFault.ServerError, 0, "count")]
    [InlineData(StandInFault.ServerError, 1001, "count")]
    public async Task An_unknown_fault_or_a_count_out_of_range_is_a_400_naming_the_field(string kind, int count, string field)
    {
        var response = await _standIn.CreateClient().PostAsJsonAsync("/_standin/faults", new StandInFault(kind, count), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(Ct));
    }

    public void Dispose() => _standIn.Dispose();
}
