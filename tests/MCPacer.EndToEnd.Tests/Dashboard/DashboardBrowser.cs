using MCPacer.Testing;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

/// <summary>
/// The system Chromium (never a downloaded browser) on the stack's gateway, signed in the way the ready line's link
/// does it (?token= becomes the cookie), with screenshots saved beside the test binaries for a person to look at.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    const string Chromium = "/usr/bin/chromium";

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    readonly IPlaywright _playwright;
    readonly IBrowser _browser;

    DashboardBrowser(IPlaywright playwright, IBrowser browser, IPage page, Uri gateway)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Gateway = gateway;
    }

    public IPage Page { get; }

    public Uri Gateway { get; }

    /// <summary>Signs in at the stack's gateway, or at <paramref name="gateway"/> when the test needs another name for it.</summary>
    public static async Task<DashboardBrowser> OpenAsync(StackFixture stack, int width = 1280, int height = 720, Uri? gateway = null)
    {
        RequiredTool.Require(Chromium, "sudo apt-get install -y chromium");
        stack.Require();

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        gateway ??= stack.GatewayUrl;
        await page.GotoAsync($"{gateway}?token={stack.AccessToken}");
        var dashboard = new DashboardBrowser(playwright, browser, page, gateway);
        await dashboard.WaitUntilInteractiveAsync();
        return dashboard;
    }

    /// <summary>Opens a dashboard page and waits for the Blazor circuit (the terminal appears only once it runs).</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(new Uri(Gateway, path).ToString());
        await WaitUntilInteractiveAsync();
    }

    public Task WaitUntilInteractiveAsync() =>
        Page.Locator(".xterm").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png") });
    }

    /// <summary>One part of the page, as tall as it is, even where the page scrolls it out of the window.</summary>
    public async Task ScreenshotAsync(string name, ILocator part)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png") });
    }

    /// <summary>Ends the terminal sessions this tab started, as the service allows only a few at once.</summary>
    public async ValueTask DisposeAsync()
    {
        await Page.EvaluateAsync("""
            () => Promise.all(Object.keys(sessionStorage)
                .filter(key => key.startsWith("mcpacer.terminal."))
                .map(key => fetch(`/terminal/sessions/${encodeURIComponent(sessionStorage.getItem(key))}`, { method: "DELETE" })))
            """);
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
