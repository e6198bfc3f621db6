using Microsoft.Playwright;

namespace MCPacer.Dashboard.Benchmarks;

/// <summary>The system Chromium, headless; each timed visit in a fresh context signed in with the stack's token.</summary>
sealed class TimedBrowser(IPlaywright playwright, IBrowser browser, DemoStack stack) : IAsyncDisposable
{
    public static async Task<TimedBrowser> LaunchAsync(DemoStack stack)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new TimedBrowser(playwright, browser, stack);
    }

    /// <summary>
    /// Milliseconds from the navigation's start to the first frame with the circuit up and every selector group
    /// ('|'-separated; within a group ',' means any) matching.
    /// </summary>
    public async Task<double> TimeToInteractiveAsync(string path, string drawn)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{stack.Gateway}?token={stack.Token}");
        await page.Locator(".xterm").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        await EndTerminalSessionsAsync(page);

        await page.GotoAsync(new Uri(stack.Gateway, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var ready = await page.WaitForFunctionAsync("""
            selectors => document.querySelector('.xterm') !== null
                && selectors.split('|').every(group => document.querySelector(group) !== null)
                && performance.now()
            """, drawn, new PageWaitForFunctionOptions { PollingInterval = null, Timeout = 120_000 });
        var milliseconds = await ready.JsonValueAsync<double>();
        await EndTerminalSessionsAsync(page);
        return milliseconds;
    }

    /// <summary>A fresh browser context (its own cookies and session storage, as another tab of another visitor).</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });

    /// <summary>Ends the coach panel's terminal sessions of <paramref name="page"/>: the terminal service allows a few at once; every visit starts one.</summary>
    public static Task EndTerminalSessionsAsync(IPage page) => page.EvaluateAsync("""
        () => Promise.all(Object.keys(sessionStorage)
            .filter(key => key.startsWith("mcpacer.terminal."))
            .map(key => fetch(`/terminal/sessions/${encodeURIComponent(sessionStorage.getItem(key))}`, { method: "DELETE" })))
        """);

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
