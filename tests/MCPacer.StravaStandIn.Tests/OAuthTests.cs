using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

public sealed class OAuthTests : IDisposable
{
    readonly StandInHost _standIn = new();

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authorize_page_shows_each_requested_scope_ticked_and_an_authorize_button()
    {
        var page = await _standIn.CreateClient().GetStringAsync(
            $"/oauth/authorize?client_id=1001&redirect_uri={Uri.EscapeDataString(StandInHost.RedirectUri)}"
            + "&response_type=code&approval_prompt=force&scope=read,activity:read_all,activity:write&state=abc", Ct);

        Assert.Contains("""name="scope" value="activity:read_all" checked""", page);
        Assert.Contains("""name="scope" value="activity:write" checked""", page);
        Assert.Contains("""<button type="submit" name="decision" value="authorize" """, page);
        Assert.Contains("""name="state" value="abc">""", page);
    }

    [Fact]
    public async Task Authorize_page_refuses_an_unknown_client_id()
    {
        var response = await _standIn.CreateClient().GetAsync(
            "/oauth/authorize?client_id=999&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&response_type=code&scope=read", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fault = await response.Content.ReadFromJsonAsync<Fault>(Ct);
        Assert.Equal("client_id", fault!.Errors.Single().Field);
    }

    [Fact]
    public async Task Authorizing_redirects_with_code_state_and_only_the_scopes_left_ticked()
    {
        var redirect = await _standIn.AuthorizeAsync("read,activity:read_all", state: "browser-session-7");

        Assert.Equal("browser-session-7", redirect["state"]);
        Assert.Equal(40, redirect["code"].Length);
        Assert.Equal(StravaScopes.Parse("read,activity:read_all"), StravaScopes.Parse(redirect["scope"]));
    }

    [Fact]
    public async Task Cancelling_redirects_with_access_denied_and_no_code()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "1001", ["redirect_uri"] = StandInHost.RedirectUri, ["state"] = "s", ["scope"] = "read", ["decision"] = "cancel",
        });

        var response = await _standIn.CreateBrowser().PostAsync("/oauth/authorize", form, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("error=access_denied", response.Headers.Location!.Query);
        Assert.DoesNotContain("code=", response.Headers.Location!.Query);
    }

    [Fact]
    public async Task Code_exchange_returns_six_hour_tokens_and_the_athlete_and_the_code_works_only_once()
    {
        var code = (await _standIn.AuthorizeAsync(StravaScopes.Requested))["code"];

        var first = await _standIn.PostTokenAsync(("grant_type", "authorization_code"), ("code", code));
        var again = await _standIn.PostTokenAsync(("grant_type", "authorization_code"), ("code", code));

        var tokens = await first.Content.ReadFromJsonAsync<TokenResponse>(Ct);
        Assert.Equal("Bearer", tokens!.TokenType);
        Assert.Equal(6 * 3600, tokens.ExpiresIn);
        Assert.Equal(_standIn.Clock.GetUtcNow().AddHours(6).ToUnixTimeSeconds(), tokens.ExpiresAt);
        Assert.Equal("Berlin", tokens.Athlete!.City);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("code", (await again.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }

    [Fact]
    public async Task The_token_exchange_takes_a_JSON_body_as_well_as_a_form()
    {
        var code = (await _standIn.AuthorizeAsync(StravaScopes.Requested))["code"];

        var response = await _standIn.CreateClient().PostAsJsonAsync("/oauth/token",
            new { client_id = 1001, client_secret = "standin-demo-secret", code, grant_type = "authorization_code" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = (await response.Content.ReadFromJsonAsync<TokenResponse>(Ct))!;
        Assert.Equal(HttpStatusCode.OK, (await _standIn.CreateApiClient(tokens.AccessToken).GetAsync("/api/v3/athlete", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_token_exchange_names_the_athlete_in_summary_and_GET_athlete_in_detail_with_Stravas_placeholder_photo()
    {
        var code = (await _standIn.AuthorizeAsync(StravaScopes.Requested))["code"];

        var body = await (await _standIn.PostTokenAsync(("grant_type", "authorization_code"), ("code", code))).Content.ReadAsStringAsync(Ct);
        var athlete = JsonNode.Parse(body)!["athlete"]!.AsObject();
        var token = JsonSerializer.Deserialize<TokenResponse>(body)!;
        var detailed = await _standIn.CreateApiClient(token.AccessToken).GetFromJsonAsync<JsonObject>("/api/v3/athlete", Ct);

        Assert.Equal(2, (int)athlete["resource_state"]!);
        Assert.False(athlete.ContainsKey("measurement_preference"));
        Assert.False(athlete.ContainsKey("shoes"));
        Assert.Equal("avatar/athlete/large.png", (string)athlete["profile"]!);
        Assert.Equal("avatar/athlete/medium.png", (string)athlete["profile_medium"]!);
        Assert.Equal(3, (int)detailed!["resource_state"]!);
        Assert.Equal("meters", (string)detailed["measurement_preference"]!);
        Assert.Equal("g1042", (string)detailed["shoes"]![0]!["id"]!);
    }

    [Theory]
    [InlineData("https://evil.example/strava/callback")]
    [InlineData("http://notlocalhost/cb")]
    public async Task A_redirect_uri_outside_the_callback_domain_is_refused(string redirectUri)
    {
        var response = await _standIn.CreateClient().GetAsync(
            $"/oauth/authorize?client_id=1001&redirect_uri={Uri.EscapeDataString(redirectUri)}&response_type=code&scope=read", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("redirect_uri", (await response.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }

    [Theory]
    [InlineData("https://mcpacer.example.org/api/strava/auth/callback", HttpStatusCode.OK)]
    [InlineData("https://app.mcpacer.example.org/cb", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:8080/cb", HttpStatusCode.OK)]
    [InlineData("https://example.org/cb", HttpStatusCode.BadRequest)]
    public async Task The_callback_domain_allows_its_host_and_hosts_under_it_and_localhost_always(string redirectUri, HttpStatusCode expected)
    {
        _standIn.Settings["StandIn:CallbackDomain"] = "mcpacer.example.org";

        var response = await _standIn.CreateClient().GetAsync(
            $"/oauth/authorize?client_id=1001&redirect_uri={Uri.EscapeDataString(redirectUri)}&response_type=code&scope=read", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_with_more_than_an_hour_left_returns_the_same_tokens_with_the_time_left()
    {
        var tokens = await _standIn.ConnectAsync();
        _standIn.Clock.Advance(TimeSpan.FromHours(2));

        var first = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken));
        var second = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken));

        var same = (await first.Content.ReadFromJsonAsync<TokenResponse>(Ct))!;
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresAt), (same.AccessToken, same.RefreshToken, same.ExpiresAt));
        Assert.Equal(4 * 3600, same.ExpiresIn);
    }

    [Fact]
    public async Task Refresh_in_the_last_hour_rotates_both_tokens_and_the_old_refresh_token_stops_working()
    {
        var tokens = await _standIn.ConnectAsync();
        _standIn.Clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromSeconds(1));

        var refreshed = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken));
        var reused = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken));

        var rotated = await refreshed.Content.ReadFromJsonAsync<TokenResponse>(Ct);
        Assert.NotEqual(tokens.RefreshToken, rotated!.RefreshToken);
        Assert.NotEqual(tokens.AccessToken, rotated.AccessToken);
        Assert.Null(rotated.Athlete);
        Assert.Equal(6 * 3600, rotated.ExpiresIn);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("refresh_token", (await reused.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
        var withNewToken = await _standIn.CreateApiClient(rotated.AccessToken).GetAsync("/api/v3/athlete", Ct);
        Assert.Equal(HttpStatusCode.OK, withNewToken.StatusCode);
        var withOldToken = await _standIn.CreateApiClient(tokens.AccessToken).GetAsync("/api/v3/athlete", Ct);
        Assert.Equal(HttpStatusCode.OK, withOldToken.StatusCode);
        var nextRefresh = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", rotated.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, nextRefresh.StatusCode);
    }

    [Fact]
    public async Task Of_twenty_concurrent_refreshes_in_the_last_hour_with_one_token_exactly_one_succeeds()
    {
        var tokens = await _standIn.ConnectAsync();
        _standIn.Clock.Advance(TimeSpan.FromHours(5.5));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task The_token_lifetime_knob_shortens_access_tokens()
    {
        _standIn.Settings["StandIn:TokenLifetime"] = "00:00:30";

        var tokens = await _standIn.ConnectAsync();
        var api = _standIn.CreateApiClient(tokens.AccessToken);
        _standIn.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(30, tokens.ExpiresIn);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);
    }

    [Fact]
    public async Task Wrong_client_secret_gets_401()
    {
        var code = (await _standIn.AuthorizeAsync("read"))["code"];
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "1001", ["client_secret"] = "guess", ["code"] = code, ["grant_type"] = "authorization_code",
        });

        var response = await _standIn.CreateClient().PostAsync("/oauth/token", form, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("client_secret", (await response.Content.ReadFromJsonAsync<Fault>(Ct))!.Errors.Single().Field);
    }

    [Fact]
    public async Task An_expired_access_token_gets_401_with_Stravas_error_body()
    {
        var api = await _standIn.ConnectedClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v3/athlete", Ct)).StatusCode);

        _standIn.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromSeconds(1));
        var response = await api.GetAsync("/api/v3/athlete", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var fault = await response.Content.ReadFromJsonAsync<Fault>(Ct);
        Assert.Equal("Authorization Error", fault!.Message);
        var error = Assert.Single(fault.Errors);
        Assert.Equal(("Athlete", "access_token", "invalid"), (error.Resource, error.Field, error.Code));
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_with_Stravas_error_body()
    {
        var response = await _standIn.CreateClient().GetAsync("/api/v3/athlete/activities", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("""{"message":"Authorization Error","errors":[{"resource":"Athlete","field":"access_token","code":"invalid"}]}""", json);
    }

    [Fact]
    public async Task Deauthorize_kills_the_access_and_the_refresh_token()
    {
        var tokens = await _standIn.ConnectAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["access_token"] = tokens.AccessToken });

        var response = await _standIn.CreateClient().PostAsync("/oauth/deauthorize", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tokens.AccessToken, (await response.Content.ReadFromJsonAsync<DeauthorizeResponse>(Ct))!.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _standIn.CreateApiClient(tokens.AccessToken).GetAsync("/api/v3/athlete", Ct)).StatusCode);
        var refresh = await _standIn.PostTokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.RefreshToken));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    public void Dispose() => _standIn.Dispose();
}
