using System.Net;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using MCPacer.AppHost.Hosting;

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
