using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Strava;
using MCPacer.EndToEnd.Tests.Mcp;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests;

/// <summary>
/// The athlete's date in a stack started with --time-zone, on a machine in UTC: the plans, strava and coach services
/// and the MCP tools through the gateway all count in the athlete's zone. The zone is picked so that its date differs
/// from UTC's while the test runs, an hour or more from its midnight: Kiritimati (UTC+14) from 11:00 UTC, else UTC-12.
/// </summary>
public sealed class AthleteDateTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_time_zone_set_every_service_and_the_tools_count_the_athletes_date_in_it()
    {
        RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");
        var now = DateTimeOffset.UtcNow;
        var zone = now.Hour >= 11 ? "Pacific/Kiritimati" : "Etc/GMT+12";
        var athleteToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
        Assert.NotEqual(DateOnly.FromDateTime(now.UtcDateTime), athleteToday);
        var todayLine = $"Today: {athleteToday.ToString("ddd MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)}";

        using var dataDir = new TempDirectory();
        await using var apphost = AppHostProcess.Start(dataDir.Path, "--demo", "--no-dashboard", "--port", "0", "--time-zone", zone);
        var ready = ReadyUrl.Parse(await apphost.WaitForReadyAsync(TimeSpan.FromMinutes(3)));
        using var gateway = ready.CreateClient(TimeSpan.FromSeconds(60));

        Assert.Contains(todayLine, await gateway.GetStringAsync("/api/plans/context", Ct));
        var runContext = (await gateway.GetFromJsonAsync<RunContext>("/api/strava/context/runs", Ct))!;
        Assert.Equal((athleteToday, zone), (runContext.Today, runContext.TimeZone));
        var saved = await gateway.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Checked the date with the coach."), Ct);
        saved.EnsureSuccessStatusCode();
        Assert.Equal(athleteToday, (await saved.Content.ReadFromJsonAsync<SessionLog>(Ct))!.Date);
        await using var mcp = await McpConnection.ConnectMcpAsync(ready.Gateway, ready.Token, Ct);
        Assert.Contains(todayLine, await mcp.CallTextAsync("get_plan_context", null, Ct));
    }
}
