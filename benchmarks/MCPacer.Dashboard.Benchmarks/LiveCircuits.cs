using Microsoft.Playwright;

namespace MCPacer.Dashboard.Benchmarks;

/// <summary>
/// Dashboard circuits held open on the plan overview, each in its own browser context. Every page records, by a
/// MutationObserver, the wall-clock time (ms since the epoch) at which each week-focus marker first appeared in its weeks
/// grid, so the harness can tell when each live update reached each circuit.
/// </summary>
sealed class LiveCircuits(IReadOnlyList<IBrowserContext> contexts) : IAsyncDisposable
{
    /// <summary>The week focus of edit n: "live load #n;" (the grid's text runs straight on into the planned distance).</summary>
    public static string Marker(int edit) => $"live load #{edit};";

    const string WeeksGrid = "[data-testid='plan-weeks']";

    public int Count => contexts.Count;

    /// <summary>Opens <paramref name="count"/> circuits one after another; each one's coach panel session is ended once started.</summary>
    public static async Task<LiveCircuits> OpenAsync(TimedBrowser browser, DemoStack stack, string planId, int count)
    {
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < count; i++)
        {
            var context = await browser.NewContextAsync();
            contexts.Add(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{stack.Gateway}plan/{planId}?token={stack.Token}");
            await page.Locator($"{WeeksGrid} td").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
            // The panel stores its session's id once the service started it; only then can the session be ended.
            await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(key => key.startsWith('mcpacer.terminal.'))",
                null, new PageWaitForFunctionOptions { Timeout = 120_000 });
            await TimedBrowser.EndTerminalSessionsAsync(page);
            await page.EvaluateAsync("""
                grid => {
                    window.liveLoadSeen = {};
                    const pattern = /live load #(\d+);/g;
                    new MutationObserver(() => {
                        const now = Date.now();
                        for (const match of document.querySelector(grid)?.textContent.matchAll(pattern) ?? []) {
                            window.liveLoadSeen[match[1]] ??= now;
                        }
                    }).observe(document.body, { subtree: true, childList: true, characterData: true });
                }
                """, WeeksGrid);
        }

        return new LiveCircuits(contexts);
    }

    /// <summary>Per circuit: marker number to the time it first appeared (ms since the epoch).</summary>
    public async Task<IReadOnlyList<Dictionary<int, long>>> SeenAsync()
    {
        var seen = new List<Dictionary<int, long>>();
        foreach (var context in contexts)
        {
            var times = await context.Pages[0].EvaluateAsync<Dictionary<string, long>>("() => window.liveLoadSeen");
            seen.Add(times.ToDictionary(t => int.Parse(t.Key), t => t.Value));
        }

        return seen;
    }

    /// <summary>The weeks grid's text on the first circuit: what a circuit shows when an edit did not reach it.</summary>
    public Task<string> FirstGridTextAsync() =>
        contexts[0].Pages[0].EvaluateAsync<string>($"() => document.querySelector(\"{WeeksGrid}\")?.textContent ?? 'no weeks grid'");

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }
}
