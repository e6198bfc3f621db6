using System.Net;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Strava;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

/// <summary>The demo athlete's morning view, fitness chart, predictions and run effort in Chromium, on a laptop and a phone.</summary>
[Collection(StackCollection.Name)]
public sealed class DashboardMorningTests(StackFixture stack)
{
    static readonly string[] MorningCards = ["today", "week-progress", "form-line", "latest-run"];

    // The training science over the demo athlete's years of runs may take a while on a busy machine the first time.
    static readonly LocatorAssertionsToContainTextOptions Computed = new() { Timeout = 30_000 };

    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_a_laptop_the_morning_view_shows_today_the_week_form_and_the_latest_run_without_scrolling()
    {
        await DemoAthlete.PastWeekWithRunsAsync(stack, Ct);
        await using var browser = await DashboardBrowser.OpenAsync(stack, width: 1280, height: 800);
        var page = browser.Page;

        await Assertions.Expect(page.GetByTestId("today")).ToContainTextAsync("Today ·", Computed);
        await Assertions.Expect(page.GetByTestId("week-progress")).ToContainTextAsync("runs done", Computed);
        await Assertions.Expect(page.GetByTestId("latest-run")).ToContainTextAsync("km", Computed);
        await Assertions.Expect(page.GetByTestId("form-summary")).ToContainTextAsync("CTL", Computed);
        await Assertions.Expect(page.GetByTestId("today")).Not.ToContainTextAsync("Working out", new() { Timeout = 30_000 });
        foreach (var card in MorningCards)
        {
            var box = (await page.GetByTestId(card).BoundingBoxAsync())!;
            Assert.True(box.Y + box.Height <= 800, $"{card} ends at {box.Y + box.Height:0}px, below the 800px window");
        }

        await browser.ScreenshotAsync("morning-1280x800");
    }

    [Fact]
    public async Task On_a_phone_today_s_session_is_above_the_fold_and_nothing_scrolls_sideways()
    {
        await DemoAthlete.PastWeekWithRunsAsync(stack, Ct);
        await using var browser = await DashboardBrowser.OpenAsync(stack, width: 390, height: 844);
        var page = browser.Page;

        await Assertions.Expect(page.GetByTestId("today")).ToContainTextAsync("Today ·", Computed);
        await Assertions.Expect(page.GetByTestId("latest-run")).ToContainTextAsync("km", Computed);
        await Assertions.Expect(page.GetByTestId("form-summary")).ToContainTextAsync("CTL", Computed);
        await Assertions.Expect(page.GetByTestId("today")).Not.ToContainTextAsync("Working out", new() { Timeout = 30_000 });
        var today = (await page.GetByTestId("today").BoundingBoxAsync())!;
        Assert.True(today.Y + today.Height <= 844, $"today's session ends at {today.Y + today.Height:0}px, below the 844px window");
        Assert.True(await ScrollWidthAsync(page) <= 390, "nothing is wider than the phone");
        await browser.ScreenshotAsync("morning-390x844");
        await browser.ScreenshotAsync("morning-390-page", page.Locator("main.mc-page"));
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_plan_page_charts_fitness_fatigue_and_form_with_the_projection_or_says_why_not(int width, int height)
    {
        var (plan, _) = await DemoAthlete.PastWeekWithRunsAsync(stack, Ct);
        using var projection = await stack.Gateway().GetAsync($"/api/plans/{plan}/projection", Ct);
        await using var browser = await DashboardBrowser.OpenAsync(stack, width, height);
        var page = browser.Page;

        await browser.GoToAsync($"plan/{plan}");

        var chart = page.GetByTestId("fitness-chart");
        await Assertions.Expect(chart.Locator("path").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        if (projection.StatusCode == HttpStatusCode.OK)
        {
            await Assertions.Expect(chart.Locator("path[stroke-dasharray]")).ToHaveCountAsync(3);
            await Assertions.Expect(chart).ToContainTextAsync("race");
            await Assertions.Expect(page.GetByTestId("fitness-summary")).ToContainTextAsync("Race day");
        }
        else
        {
            await Assertions.Expect(page.GetByTestId("projection-missing")).ToContainTextAsync("The projection to race day is not shown:");
        }

        await Assertions.Expect(page.GetByTestId("predictions")).ToContainTextAsync("VDOT", Computed);
        Assert.True(await ScrollWidthAsync(page) <= width, "nothing is wider than the window");
        await browser.ScreenshotAsync($"plan-fitness-{width}x{height}", page.GetByTestId("fitness-card"));
        await browser.ScreenshotAsync($"plan-predictions-{width}x{height}", page.GetByTestId("predictions"));
    }

    [Fact]
    public async Task A_run_shows_its_load_with_the_method_and_its_time_in_zone()
    {
        await DemoAthlete.PastWeekWithRunsAsync(stack, Ct);
        var run = await LongestRunWithStreamsAsync();
        await using var browser = await DashboardBrowser.OpenAsync(stack, width: 1280, height: 800);
        var page = browser.Page;

        await browser.GoToAsync($"runs/{run.Id}");

        await Assertions.Expect(page.GetByTestId("run-load")).ToContainTextAsync(new Regex(@"Load \d+ \((rTSS|hrTSS|duration)\)"), Computed);
        await Assertions.Expect(page.GetByTestId("zones-heart_rate").Locator(".mc-zone")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("run-map")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("run-effort-1280x800", page.GetByTestId("run-effort"));
    }

    static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    /// <summary>The sync fetches streams after the summaries: waits until a run with heart rate has its streams.</summary>
    async Task<StravaActivity> LongestRunWithStreamsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var runs = await stack.Gateway().GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?page=1&per_page=50", Ct);
            var run = runs!.Items.Where(a => a.Family == SportFamilies.Running && a.HasStreams && a.AverageHeartrate is not null).MaxBy(a => a.MovingTimeSeconds);
            if (run is not null || DateTime.UtcNow > deadline)
            {
                Assert.NotNull(run);
                return run;
            }

            await Task.Delay(1000, Ct);
        }
    }
}
