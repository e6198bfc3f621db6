using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Storage;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace MCPacer.Strava.Tests;

public sealed class OAuthTests(RedisServer redis) : IAsyncLifetime
{
    readonly StandIn _standIn = new();
    StravaHost _service = null!;
    HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _service = new StravaHost(_standIn, redis);
        _client = _service.CreateAuthorizedClient();
        var saved = await _client.PostAsJsonAsync("/api/strava/auth/credentials",
            new StravaCredentialsRequest(StandIn.ClientId, StandIn.ClientSecret), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task Connect_sends_the_browser_to_strava_asking_for_the_three_scopes_with_a_state()
    {
        var browser = new StravaBrowser(_service, _standIn);

        var authorize = await browser.ConnectAsync();

        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("/oauth/authorize", authorize.AbsolutePath);
        Assert.Equal("strava-standin", authorize.Host);
        Assert.Equal(StandIn.ClientId, query["client_id"]);
        Assert.Equal("read,activity:read_all,activity:write", query["scope"]);
        Assert.True(query["state"].ToString().Length >= 16);
        Assert.EndsWith("/api/strava/auth/callback", query["redirect_uri"]);
    }

    [Fact]
    public async Task Round_trip_connects_the_athlete_with_every_scope()
    {
        var browser = new StravaBrowser(_service, _standIn);
        await browser.ConnectAsync();
        var redirect = await browser.AuthorizeAsync(StravaScopes.Read, StravaScopes.ActivityReadAll, StravaScopes.ActivityWrite);

        var callback = await browser.CallbackAsync(redirect);

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("""<meta http-equiv="refresh" content="0; url=/?strava=connected">""",
            await callback.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var status = await StatusAsync();
        Assert.True(status.Connected);
        Assert.False(string.IsNullOrWhiteSpace(status.AthleteName));
        Assert.Empty(status.MissingScopes);
        Assert.Contains(StravaScopes.ActivityWrite, status.Scopes);
    }

    [Fact]
    public async Task A_callback_with_another_browsers_cookie_is_refused_and_nothing_is_stored()
    {
        var browser = new StravaBrowser(_service, _standIn);
        await browser.ConnectAsync();
        var redirect = await browser.AuthorizeAsync(StravaScopes.Read, StravaScopes.ActivityReadAll, StravaScopes.ActivityWrite);

        var callback = await browser.CallbackAsync(redirect, cookie: "mcpacer_strava_oauth=someone-elses-session");

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        var problem = await callback.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("state", problem!.Detail);
        Assert.False(File.Exists(Path.Combine(_service.StravaDirectory, "tokens.json")));
        Assert.False((await StatusAsync()).Connected);
    }

    [Fact]
    public async Task A_forged_state_is_refused()
    {
        var browser = new StravaBrowser(_service, _standIn);
        await browser.ConnectAsync();
        var redirect = await browser.AuthorizeAsync(StravaScopes.Read, StravaScopes.ActivityReadAll, StravaScopes.ActivityWrite);
        var forged = new Uri(QueryHelpers.AddQueryString(redirect.GetLeftPart(UriPartial.Path), new Dictionary<string, string?>
        {
            ["code"] = QueryHelpers.ParseQuery(redirect.Query)["code"], ["scope"] = "read,activity:read_all,activity:write", ["state"] = "forged",
        }));

        var callback = await browser.CallbackAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        Assert.False((await StatusAsync()).Connected);
    }

    [Fact]
    public async Task Unticking_private_activities_is_refused_naming_the_missing_scope()
    {
        var browser = new StravaBrowser(_service, _standIn);
        await browser.ConnectAsync();
        var redirect = await browser.AuthorizeAsync(StravaScopes.Read, StravaScopes.ActivityWrite);

        var callback = await browser.CallbackAsync(redirect);

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        var problem = await callback.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("'activity:read_all'", problem!.Detail);
        Assert.False((await StatusAsync()).Connected);
    }

    [Fact]
    public async Task Unticking_write_connects_but_the_status_names_the_missing_scope()
    {
        var browser = new StravaBrowser(_service, _standIn);
        await browser.ConnectAsync();
        var redirect = await browser.AuthorizeAsync(StravaScopes.Read, StravaScopes.ActivityReadAll);

        await browser.CallbackAsync(redirect);

        var status = await StatusAsync();
        Assert.True(status.Connected);
        Assert.Equal([StravaScopes.ActivityWrite], status.MissingScopes);
        Assert.Contains("'activity:write'", status.Message);
        var feedback = await _client.PutAsJsonAsync("/api/strava/activities/123/feedback",
            new CoachingFeedbackRequest("Nice run."), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, feedback.StatusCode);
        var problem = await feedback.Content.ReadFromJsonAsync<ProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("'activity:write'", problem!.Detail);
    }

    [Fact]
    public async Task Demo_mode_connects_the_demo_athlete_at_start()
    {
        await using var demo = new StravaHost(_standIn, redis) { Settings = { ["Strava:Demo"] = "true" } };
        var client = demo.CreateAuthorizedClient();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        StravaConnectionStatus status;
        do
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            status = (await client.GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", TestContext.Current.CancellationToken))!;
        }
        while (!status.Connected && DateTime.UtcNow < deadline);

        Assert.True(status.Connected);
        Assert.True(status.Demo);
        Assert.Empty(status.MissingScopes);
    }

    [Fact]
    public async Task Secrets_are_owner_only_files_and_never_returned()
    {
        var status = await _service.ConnectDemoAsync();

        foreach (var file in new[] { "credentials.json", "tokens.json" })
        {
            var path = Path.Combine(_service.StravaDirectory, file);
            Assert.True(File.Exists(path));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }

        var statusJson = await _client.GetStringAsync("/api/strava/auth/status", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(StandIn.ClientSecret, statusJson);
        Assert.DoesNotContain("access", statusJson, StringComparison.OrdinalIgnoreCase);
        Assert.True(status.Connected);
    }

    [Fact]
    public async Task Credentials_and_tokens_another_process_writes_are_used_without_a_restart()
    {
        var before = await StatusAsync();
        await WriteSecretAsync(StravaSecretFiles.Credentials, new StravaAppCredentials("424242", "a-secret-written-by-mcpacer-import-0123456789"));
        await WriteSecretAsync(StravaSecretFiles.Tokens, new StravaTokens("imported-access", "imported-refresh", DateTimeOffset.UnixEpoch,
            [StravaScopes.Read, StravaScopes.ActivityReadAll, StravaScopes.ActivityWrite], 0, "Imported Runner"));

        var after = await StatusAsync();
        var browser = _service.CreateClient(new() { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = new("Bearer", StravaHost.AccessToken);
        var connect = await browser.GetAsync("/api/strava/auth/connect", TestContext.Current.CancellationToken);

        Assert.False(before.Connected);
        Assert.True(after.Connected);
        Assert.Equal("Imported Runner", after.AthleteName);
        Assert.Equal("424242", QueryHelpers.ParseQuery(connect.Headers.Location!.Query)["client_id"]);
    }

    Task WriteSecretAsync<T>(string file, T value) =>
        AtomicFile.WriteAllBytesAsync(Path.Combine(_service.StravaDirectory, file), JsonSerializer.SerializeToUtf8Bytes(value, StravaSecretFiles.Json),
            TestContext.Current.CancellationToken, StravaSecretFiles.OwnerOnly);

    [Fact]
    public async Task Bad_credentials_are_refused_with_the_field_at_fault()
    {
        var response = await _client.PostAsJsonAsync("/api/strava/auth/credentials",
            new StravaCredentialsRequest("12ab", "x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("ClientId", problem!.Errors.Keys);
        Assert.Contains("ClientSecret", problem.Errors.Keys);
    }

    [Fact]
    public async Task Disconnect_revokes_the_grant_on_strava_and_deletes_the_tokens()
    {
        await _service.ConnectDemoAsync();
        var tokens = await File.ReadAllTextAsync(Path.Combine(_service.StravaDirectory, "tokens.json"), TestContext.Current.CancellationToken);
        var accessToken = System.Text.Json.JsonDocument.Parse(tokens).RootElement.GetProperty("accessToken").GetString();

        var response = await _client.PostAsync("/api/strava/auth/disconnect", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await StatusAsync()).Connected);
        Assert.False(File.Exists(Path.Combine(_service.StravaDirectory, "tokens.json")));
        var strava = _standIn.CreateClient();
        strava.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await strava.GetAsync("/api/v3/athlete", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_grant_revoked_on_strava_asks_the_runner_to_reconnect()
    {
        await _service.ConnectDemoAsync();
        var tokens = await File.ReadAllTextAsync(Path.Combine(_service.StravaDirectory, "tokens.json"), TestContext.Current.CancellationToken);
        var accessToken = System.Text.Json.JsonDocument.Parse(tokens).RootElement.GetProperty("accessToken").GetString()!;
        await _standIn.CreateClient().PostAsync("/oauth/deauthorize",
            new FormUrlEncodedContent([new("access_token", accessToken)]), TestContext.Current.CancellationToken);

        var progress = await _service.SyncAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(SyncPhases.Failed, progress.Phase);
        Assert.Contains("Reconnect Strava", progress.Message);
        var status = await StatusAsync();
        Assert.True(status.NeedsReconnect);
        Assert.False(status.Connected);
        Assert.StartsWith("Reconnect Strava", status.Message);
    }

    async Task<StravaConnectionStatus> StatusAsync() =>
        (await _client.GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", TestContext.Current.CancellationToken))!;

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _standIn.DisposeAsync();
    }
}
