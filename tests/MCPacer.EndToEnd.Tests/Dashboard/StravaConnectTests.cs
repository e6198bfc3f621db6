using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

/// <summary>
/// Connecting Strava in a real browser, which applies SameSite as it does with strava.com: the dashboard is at
/// 127.0.0.1 and the demo's authorization page at localhost, two sites, so Strava's redirect back is a cross-site
/// navigation that carries no SameSite=Strict token cookie.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class StravaConnectTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coming_back_from_the_authorization_page_on_another_site_completes_the_connection_and_opens_the_dashboard()
    {
        var gateway = new UriBuilder(stack.GatewayUrl) { Host = "127.0.0.1" }.Uri;
        await using var browser = await DashboardBrowser.OpenAsync(stack, gateway: gateway);
        var requests = new List<IRequest>();
        browser.Page.Request += (_, request) => requests.Add(request);

        await browser.Page.GotoAsync(new Uri(gateway, "/api/strava/auth/connect").ToString());
        Assert.Equal("localhost", new Uri(browser.Page.Url).Host);
        await browser.ScreenshotAsync("strava-authorize");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Authorize" }).ClickAsync();

        await browser.Page.WaitForURLAsync($"{gateway}?strava=connected");
        await browser.WaitUntilInteractiveAsync();
        await browser.ScreenshotAsync("strava-connected");

        var callback = Assert.Single(requests, r => r.Url.StartsWith($"{gateway}api/strava/auth/callback", StringComparison.Ordinal));
        var callbackCookies = await callback.HeaderValueAsync("cookie") ?? "";
        Assert.DoesNotContain("mcpacer_token=", callbackCookies);
        Assert.Contains("mcpacer_strava_oauth=", callbackCookies);
        var dashboard = requests.First(r => r.Url == $"{gateway}?strava=connected");
        Assert.Contains("mcpacer_token=", await dashboard.HeaderValueAsync("cookie") ?? "");
        var status = await stack.Gateway().GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", Ct);
        Assert.True(status!.Connected);
        Assert.False(status.NeedsReconnect);
    }
}
