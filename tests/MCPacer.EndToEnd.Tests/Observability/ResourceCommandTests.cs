using System.Net;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MCPacer.AppHost.Hosting;
using MCPacer.EndToEnd.Tests.Mcp;

namespace MCPacer.EndToEnd.Tests.Observability;

/// <summary>MCPacer's commands in the Aspire dashboard, run through the AppHost's own command service as the dashboard runs them.</summary>
[Collection(ObservedStackCollection.Name)]
public sealed class ResourceCommandTests(ObservedStackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_MCPacer_gives_the_address_that_signs_a_browser_in()
    {
        stack.Require();

        var result = await stack.App.ResourceCommands.ExecuteCommandAsync("gateway", ResourceCommands.OpenMCPacer, Ct);

        Assert.True(result.Success, result.Message);
        var address = ResourceCommands.OpenAddress(stack.GatewayUrl.Port, stack.AccessToken);
        Assert.Equal($"[Open MCPacer]({address})", result.Data?.Value);
        using var browser = stack.Gateway(authorized: false);
        using var answer = await browser.GetAsync(address, Ct);
        Assert.Contains(answer.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("mcpacer_token=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_now_runs_a_sync_and_reset_demo_data_starts_the_demo_athlete_over()
    {
        stack.Require();
        var telemetry = stack.Telemetry();

        var asked = DateTimeOffset.UtcNow;
        var sync = await stack.App.ResourceCommands.ExecuteCommandAsync("strava", ResourceCommands.SyncNow, Ct);
        Assert.True(sync.Success, sync.Message);
        // Queued behind the first sync of the demo year, if that is still running.
        await telemetry.WaitForSpanAsync(s => s.Service == "strava" && s.Name == "strava sync" && s.Start >= asked, TimeSpan.FromMinutes(5), Ct);

        var served = await StandInRequestsAsync();
        var reset = await stack.App.ResourceCommands.ExecuteCommandAsync("strava-standin", ResourceCommands.ResetDemoData, Ct);
        Assert.True(reset.Success, reset.Message);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("strava", Ct);

        Assert.True(await StandInRequestsAsync() < served, "the stand-in did not start over");
        using var gateway = stack.Gateway();
        await WaitUntilAsync(async () =>
        {
            using var status = await gateway.GetAsync("/api/strava/auth/status", Ct);
            return status.StatusCode == HttpStatusCode.OK && (await status.Content.ReadAsStringAsync(Ct)).Contains("\"connected\":true");
        });
    }

    [Fact]
    public async Task Rotate_access_token_makes_every_service_take_a_new_token_and_refuse_the_old_one()
    {
        stack.Require();
        var tokenFile = Path.Combine(stack.DataDir.Path, "access-token");
        var old = stack.AccessToken;
        try
        {
            var rotated = await stack.App.ResourceCommands.ExecuteCommandAsync("gateway", ResourceCommands.RotateAccessToken, Ct);

            Assert.True(rotated.Success, rotated.Message);
            var token = (await File.ReadAllTextAsync(tokenFile, Ct)).Trim();
            Assert.NotEqual(old, token);
            Assert.Equal($"[Open MCPacer]({ResourceCommands.OpenAddress(stack.GatewayUrl.Port, token)})", rotated.Data?.Value);
            using var withOld = stack.Gateway();
            using var refused = await withOld.GetAsync("/api/plans/status", Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

            // Calls between services carry the new token too: plans asks strava for the paces in its plan context,
            // the MCP server asks plans.
            using var withNew = stack.Gateway();
            withNew.DefaultRequestHeaders.Authorization = new("Bearer", token);
            using var context = await withNew.GetAsync("/api/plans/context", Ct);
            Assert.Equal(HttpStatusCode.OK, context.StatusCode);
            Assert.DoesNotContain("strava service is not answering", await context.Content.ReadAsStringAsync(Ct));
            await using var mcp = await McpConnection.ConnectMcpAsync(stack.GatewayUrl, token, Ct);
            Assert.NotEmpty(await mcp.CallTextAsync("get_plan_context", null, Ct));
        }
        finally
        {
            await RestoreTokenAsync(tokenFile, old);
        }
    }

    /// <summary>The other tests of the collection hold the first token: write it back, as a runner could by hand.</summary>
    async Task RestoreTokenAsync(string tokenFile, string token)
    {
        await File.WriteAllTextAsync(tokenFile + ".tmp", token, Ct);
        File.Move(tokenFile + ".tmp", tokenFile, overwrite: true);
        using var gateway = stack.Gateway();
        var until = DateTimeOffset.UtcNow.AddSeconds(30);
        foreach (var path in (string[])["/api/plans/status", "/api/strava/status", "/api/coach/status", "/api/terminal/status"])
        {
            while ((await gateway.GetAsync(path, Ct)).StatusCode == HttpStatusCode.Unauthorized)
            {
                Assert.True(DateTimeOffset.UtcNow < until, $"{path} did not take the first token back");
                await Task.Delay(250, Ct);
            }
        }
    }

    async Task<long> StandInRequestsAsync()
    {
        using var http = new HttpClient { BaseAddress = stack.App.GetEndpoint("strava-standin", "http") };
        using var stats = JsonDocument.Parse(await http.GetStringAsync("/_standin/stats", Ct));
        return stats.RootElement.GetProperty("requests").GetInt64();
    }

    async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTimeOffset.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < until, "strava did not connect the demo athlete again after the reset");
            await Task.Delay(500, Ct);
        }
    }
}
