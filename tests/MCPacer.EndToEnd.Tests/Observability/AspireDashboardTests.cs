using Aspire.Hosting;
using MCPacer.EndToEnd.Tests.Mcp;
using MCPacer.Testing;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Observability;

/// <summary>The Aspire dashboard itself in Chromium: MCPacer's commands on the resources page, a tool call on the traces page.</summary>
[Collection(ObservedStackCollection.Name)]
public sealed class AspireDashboardTests(ObservedStackFixture stack)
{
    const string Chromium = "/usr/bin/chromium";

    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_resources_page_offers_the_commands_and_the_traces_page_names_the_tool()
    {
        RequiredTool.Require(Chromium, "sudo apt-get install -y chromium");
        stack.Require();
        await using (var client = await stack.ConnectMcpAsync(Ct))
        {
            await client.CallTextAsync("get_plan_context", null, Ct);
        }

        var tool = await stack.Telemetry().WaitForSpanAsync(s => s.Name == "tools/call get_plan_context", TimeSpan.FromSeconds(60), Ct);
        // Another test may have just reset the demo data: strava's commands show while it runs.
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("strava", Ct);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await page.GotoAsync(new Uri(stack.DashboardUrl, $"/login?t={stack.BrowserToken}").ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Executable: strava-standin" })).ToBeVisibleAsync();
        // A highlighted command is a button in its row, named by its description; the others are in the row's Actions menu.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Fetch what is new on Strava now instead of at the next scheduled sync" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "The address that signs this browser in to MCPacer" }))
            .ToBeVisibleAsync();
        await ScreenshotAsync(page, "aspire-resources");
        await page.GetByRole(AriaRole.Row, new() { Name = "Executable: strava-standin" })
            .GetByRole(AriaRole.Button, new() { Name = "Actions" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Reset demo data").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "aspire-standin-commands");
        await page.Keyboard.PressAsync("Escape");
        await page.GetByRole(AriaRole.Row, new() { Name = "Executable: gateway" })
            .GetByRole(AriaRole.Button, new() { Name = "Actions" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Rotate access token").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "aspire-gateway-commands");
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync(new Uri(stack.DashboardUrl, "/traces").ToString());
        await Assertions.Expect(page.GetByText("gateway: POST /mcp").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "aspire-traces");

        await page.GotoAsync(new Uri(stack.DashboardUrl, $"/traces/detail/{tool.TraceId}").ToString());
        await Assertions.Expect(page.GetByText("tools/call get_plan_context").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("GET /api/plans/context").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "aspire-tool-call-trace");
    }

    static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }
}
