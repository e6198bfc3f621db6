using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

[Collection(StackCollection.Name)]
public sealed class DashboardLayoutTests(StackFixture stack)
{
    [Fact]
    public async Task The_divider_between_page_and_coach_is_dragged_and_remembered_after_a_reload()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        var bar = page.Locator(".mc-workspace > .rz-splitter-bar");
        // The stored width is applied once the browser's preferences are read; a drag before that would be undone.
        await page.Locator(".mc-workspace[data-preferences-loaded]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.mc-workspace > .rz-splitter-bar').getBoundingClientRect().height > 300");
        var before = (await bar.BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(before.X + before.Width / 2, before.Y + before.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(before.X - 150, before.Y + before.Height / 2, new MouseMoveOptions { Steps = 10 });
        await page.Mouse.UpAsync();
        var dragged = (await bar.BoundingBoxAsync())!.X;
        Assert.InRange(dragged, before.X - 170, before.X - 130);
        await page.WaitForFunctionAsync("() => localStorage.getItem('mcpacer.page-width') !== null");

        await page.ReloadAsync();
        await browser.WaitUntilInteractiveAsync();

        await Assertions.Expect(bar).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync($"() => Math.abs(document.querySelector('.mc-workspace > .rz-splitter-bar').getBoundingClientRect().x - {dragged}) < 5");
    }

    [Fact]
    public async Task On_a_phone_the_page_and_the_coach_are_stacked_and_the_dark_theme_applies()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack, width: 390, height: 844);
        var page = browser.Page;

        await page.GetByTestId("theme-toggle").ClickAsync();
        await Assertions.Expect(page.Locator("#radzen-theme-link")).ToHaveAttributeAsync("href", new Regex("material-dark"));
        await page.ReloadAsync();
        await browser.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("#radzen-theme-link")).ToHaveAttributeAsync("href", new Regex("material-dark"));

        var pageBox = (await page.Locator(".mc-page").BoundingBoxAsync())!;
        var coachBox = (await page.Locator(".mc-coach").BoundingBoxAsync())!;
        Assert.True(coachBox.Y >= pageBox.Y + pageBox.Height - 1, "the coach panel sits below the page");
        Assert.InRange(coachBox.Width, 370, 390);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"nothing is wider than the phone ({scrollWidth}px)");
        await browser.ScreenshotAsync("phone-dark");
    }
}
