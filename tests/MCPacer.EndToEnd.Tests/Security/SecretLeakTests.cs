using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Stack;
using MCPacer.Contracts.Strava;
using MCPacer.EndToEnd.Tests.Mcp;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Security;

/// <summary>
/// A whole run as a runner has it (`dotnet run` with the Aspire dashboard, the demo athlete connected and synced, MCP
/// tool calls, pages, refused and failed requests), then every place a secret could leak is searched for the secrets
/// themselves: the access token, the Strava client secret and the stored access and refresh tokens.
/// </summary>
public sealed partial class SecretLeakTests
{
    static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(4);
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_appears_in_the_apphost_output_the_telemetry_the_pages_or_the_error_bodies_and_secret_files_are_private()
    {
        RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");
        using var dataDir = new TempDirectory();
        // The key of the Aspire dashboard's telemetry API, chosen here to read back what every resource exported.
        var telemetryKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await using var apphost = AppHostProcess.Start(dataDir.Path, "--demo", $"--AppHost:DashboardApiKey={telemetryKey}");
        var ready = ReadyUrl.Parse(await apphost.WaitForReadyAsync(ReadyTimeout));
        using var gateway = ready.CreateClient(TimeSpan.FromSeconds(30));
        var seen = new List<(string Where, string Text)>();

        await WaitForTheFirstSyncAsync(gateway);
        seen.AddRange(await McpSessionAsync(ready));
        seen.AddRange(await PagesAsync(ready));
        seen.AddRange(await ErrorBodiesAsync(ready));
        var secrets = Secrets(dataDir.Path);
        seen.AddRange(await TelemetryAsync(apphost.Output, telemetryKey));
        seen.Add(("the AppHost's output (but its ready line, which is how the runner gets the token)",
            string.Join('\n', apphost.Output.Split('\n').Where(line => !line.StartsWith("MCPacer is ready at ", StringComparison.Ordinal)))));

        var leaks = seen.SelectMany(s => secrets.Where(secret => s.Text.Contains(secret.Value, StringComparison.Ordinal))
            .Select(secret => $"{secret.Name} in {s.Where}")).ToList();
        Assert.Empty(leaks);
        Assert.Contains(seen, s => s.Where.StartsWith("telemetry logs", StringComparison.Ordinal) && s.Text.Contains("MCPacer.Strava", StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDir.Path));
        foreach (var file in (string[])[DataDirectory.AccessTokenFile, "strava/credentials.json", "strava/tokens.json", "redis/redis.conf", "plans/.calendar-token"])
        {
            Assert.True(File.Exists(Path.Combine(dataDir.Path, file)), $"{file} is missing");
            Assert.Equal((file, OwnerOnly), (file, File.GetUnixFileMode(Path.Combine(dataDir.Path, file))));
        }
    }

    static IReadOnlyList<(string Name, string Value)> Secrets(string dataDir)
    {
        var credentials = JsonSerializer.Deserialize<StravaAppCredentials>(
            File.ReadAllText(Path.Combine(dataDir, StravaSecretFiles.Folder, StravaSecretFiles.Credentials)), StravaSecretFiles.Json)!;
        var tokens = JsonSerializer.Deserialize<StravaTokens>(
            File.ReadAllText(Path.Combine(dataDir, StravaSecretFiles.Folder, StravaSecretFiles.Tokens)), StravaSecretFiles.Json)!;
        return
        [
            ("the access token", File.ReadAllText(Path.Combine(dataDir, DataDirectory.AccessTokenFile)).Trim()),
            ("the Strava client secret", credentials.ClientSecret),
            ("the Strava access token", tokens.AccessToken),
            ("the Strava refresh token", tokens.RefreshToken),
        ];
    }

    async Task WaitForTheFirstSyncAsync(HttpClient gateway)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        while ((await gateway.GetFromJsonAsync<StravaSyncProgress>("/api/strava/sync", timeout.Token))!.LastCompletedAt is null)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
    }

    /// <summary>The coach's session as a model runs it: context, a sync, writes, a refused call and a tool error.</summary>
    async Task<IEnumerable<(string, string)>> McpSessionAsync(ReadyUrl ready)
    {
        await using var client = await McpConnection.ConnectMcpAsync(ready.Gateway, ready.Token, Ct);
        var answers = new List<(string, string)>();
        foreach (var (tool, arguments) in new (string, string)[]
                 {
                     ("get_session_context", "{}"), ("get_sync_status", "{}"), ("sync_strava", "{}"), ("get_activities", """{"limit": 5}"""),
                     ("update_coach_memory", """{"section": "goals", "content": "Sub-3 at the Demo City Marathon."}"""),
                     ("save_session_log", """{"summary": "Checked the week; all on track."}"""),
                     ("update_plan_run", """{"plan_id": "no-such-plan", "week_number": 1, "day_of_week": "Monday", "updates_json": "{\"distance_km\": 1e308}"}"""),
                     ("get_run_detail", """{"activity_id": 1}"""),
                 })
        {
            var result = await client.CallToolAsync(tool, McpConnection.Arguments(arguments), cancellationToken: Ct);
            answers.Add(($"the MCP tool {tool}'s answer", result.Text()));
        }

        return answers;
    }

    async Task<IEnumerable<(string, string)>> PagesAsync(ReadyUrl ready)
    {
        using var browser = new HttpClient { BaseAddress = ready.Gateway };
        browser.DefaultRequestHeaders.Add("Cookie", $"mcpacer_token={ready.Token}");
        var pages = new List<(string, string)>();
        foreach (var page in (string[])["/", "/plan", "/runs", "/sessions", "/memory", "/bodymap", "/api/strava/auth/status", "/api/plans/calendar", "/api/coach/procedure/skill"])
        {
            pages.Add(($"the page {page}", await browser.GetStringAsync(page, Ct)));
        }

        return pages;
    }

    /// <summary>Refusals and failures: no token, a wrong token, a foreign Origin, a missing plan, a broken body, Strava's callback forged.</summary>
    async Task<IEnumerable<(string, string)>> ErrorBodiesAsync(ReadyUrl ready)
    {
        var bodies = new List<(string, string)>();
        async Task Send(string name, HttpMethod method, string path, string? token, string? origin = null, string? body = null)
        {
            using var client = new HttpClient { BaseAddress = ready.Gateway };
            using var request = new HttpRequestMessage(method, path);
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request, Ct);
            Assert.True(response.StatusCode >= HttpStatusCode.BadRequest, $"{name} was not refused: {response.StatusCode}");
            bodies.Add(($"the error body of {name}", $"{response.Headers}{await response.Content.ReadAsStringAsync(Ct)}"));
        }

        await Send("a request without the token", HttpMethod.Get, "/api/strava/auth/status", null);
        await Send("a wrong token", HttpMethod.Get, "/api/plans", ready.Token[..^4] + "AAAA");
        await Send("a write from another site", HttpMethod.Post, "/api/strava/sync", ready.Token, "http://evil.example");
        await Send("a missing plan", HttpMethod.Get, "/api/plans/no-such-plan", ready.Token);
        await Send("a broken body", HttpMethod.Post, "/api/strava/auth/credentials", ready.Token, body: """{"clientId": 1001,""");
        await Send("bad credentials", HttpMethod.Post, "/api/strava/auth/credentials", ready.Token, body: """{"clientId": "x", "clientSecret": "y"}""");
        await Send("a forged OAuth callback", HttpMethod.Get, "/api/strava/auth/callback?code=abc&scope=read&state=forged", null);
        return bodies;
    }

    /// <summary>The structured logs and spans every resource exported, read back from the Aspire dashboard's telemetry API.</summary>
    async Task<IEnumerable<(string, string)>> TelemetryAsync(string apphostOutput, string key)
    {
        var dashboard = new Uri(DashboardLogin().Match(apphostOutput).Groups["origin"].Value);
        using var client = new HttpClient { BaseAddress = dashboard };
        client.DefaultRequestHeaders.Add("x-api-key", key);
        var telemetry = new List<(string, string)>();
        foreach (var kind in (string[])["logs", "spans"])
        {
            using var response = await client.GetAsync($"/api/telemetry/{kind}?limit=100000", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"the dashboard's telemetry API answered {(int)response.StatusCode} for {kind}: {body}");
            telemetry.Add(($"telemetry {kind}", body));
        }

        return telemetry;
    }

    [GeneratedRegex(@"Login to the dashboard at (?<origin>https?://[^/\s]+)/")]
    private static partial Regex DashboardLogin();
}
