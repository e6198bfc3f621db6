using System.Text.RegularExpressions;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

/// <summary>The demo athlete from onboarding through the plan, a week and a run, as the runner clicks through them.</summary>
[Collection(StackCollection.Name)]
public sealed class DashboardTrainingTests(StackFixture stack)
{
    static readonly TimeSpan SyncTimeout = TimeSpan.FromSeconds(90);

    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_athlete_is_connected_from_onboarding_and_the_plan_overview_fills_in()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;

        var status = await stack.Gateway().GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", Ct);
        if (!status!.Connected)
        {
            await browser.ScreenshotAsync("onboarding");
            await page.GetByTestId("demo-connect").ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("sync-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("sync-activities")).Not.ToContainTextAsync(new Regex("^0 activities"),
            new() { Timeout = (float)SyncTimeout.TotalMilliseconds });
        await browser.ScreenshotAsync("home-synced");

        await page.GetByTestId("open-plan").ClickAsync();
        var chart = page.GetByTestId("volume-chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(chart.Locator(".mc-current-week")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("race-marker")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total-actual")).Not.ToHaveTextAsync("0 km", new() { Timeout = (float)SyncTimeout.TotalMilliseconds });
        await browser.ScreenshotAsync("plan-overview");
    }

    [Fact]
    public async Task Week_detail_shows_the_planned_runs_beside_the_ones_done()
    {
        var (plan, week) = await PastWeekWithRunsAsync();
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;

        await browser.GoToAsync($"plan/{plan}/week/{week.WeekNumber}");

        var done = week.Runs.First(r => r.Actual is not null && r.Planned is not null);
        var day = page.Locator($"[data-date='{done.Date:yyyy-MM-dd}']");
        await Assertions.Expect(day.GetByTestId("planned-run")).ToContainTextAsync(RunTypes.Label(done.Planned!.Type));
        await Assertions.Expect(day.GetByTestId("actual-run")).ToContainTextAsync(done.Actual!.Name);
        await Assertions.Expect(page.GetByTestId("week-totals")).ToContainTextAsync($"{week.ActualRuns} of {week.PlannedRuns} runs");
        await browser.ScreenshotAsync("week-detail");
    }

    [Fact]
    public async Task Run_detail_shows_the_route_the_lap_bars_and_the_splits_and_miles_change_the_numbers()
    {
        var (_, week) = await PastWeekWithRunsAsync();
        var run = week.Runs.Select(r => r.Actual).OfType<ActualRun>().OrderByDescending(r => r.DistanceKm).First();
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;

        await browser.GoToAsync($"runs/{run.ActivityId}");

        await Assertions.Expect(page.GetByTestId("run-map").Locator(".leaflet-overlay-pane path, .leaflet-overlay-pane canvas").First).ToBeAttachedAsync();
        await Assertions.Expect(page.GetByTestId("lap-bars").Locator("rect").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("splits").Locator("tbody tr").First).ToBeVisibleAsync();
        var stats = page.GetByTestId("run-stats");
        await Assertions.Expect(stats).ToContainTextAsync($"{run.DistanceKm:0.00} km");
        await browser.ScreenshotAsync("run-detail");

        // The mouse wheel over the map scrolls the page on past it, as anywhere else on the page.
        var map = (await page.GetByTestId("run-map").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(map.X + map.Width / 2, map.Y + map.Height / 2);
        await page.Mouse.WheelAsync(0, 400);
        await Assertions.Expect(page.Locator("main.mc-page")).ToHaveJSPropertyAsync("scrollTop", 400);
        await page.Locator("main.mc-page").EvaluateAsync("page => page.scrollTop = 0");

        await page.GetByTestId("units").GetByText("mi").ClickAsync();

        await Assertions.Expect(stats).ToContainTextAsync($"{run.DistanceKm / 1.609344:0.00} mi");
        await Assertions.Expect(stats).ToContainTextAsync("/mi");
        await Assertions.Expect(page.GetByTestId("splits")).ToContainTextAsync("/mi");
        var detail = await stack.Gateway().GetFromJsonAsync<RunDetail>($"/api/strava/activities/{run.ActivityId}/detail", Ct);
        if (detail!.Activity.HasStreams)
        {
            // Mile splits are cut from the streams: one a mile, the last one the part mile.
            await Assertions.Expect(page.GetByTestId("splits").Locator("th").First).ToContainTextAsync("Mile");
            await Assertions.Expect(page.GetByTestId("splits").Locator("tbody tr"))
                .ToHaveCountAsync((int)Math.Ceiling(run.DistanceKm / 1.609344 - 0.05 / 1.609344));
        }
        else
        {
            await Assertions.Expect(page.GetByText("Splits per kilometre")).ToBeVisibleAsync();
        }

        await browser.ScreenshotAsync("run-detail-miles");
        await page.GetByTestId("units").GetByText("km").ClickAsync();
    }

    [Fact]
    public async Task A_planned_run_edited_in_the_week_view_is_saved_in_the_plan()
    {
        var (plan, _) = await PastWeekWithRunsAsync();
        var before = await stack.Gateway().GetFromJsonAsync<TrainingPlan>($"/api/plans/{plan}", Ct);
        var week = before!.Weeks[^2];
        var run = week.Runs.First(r => r.Date is not null);
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        await browser.GoToAsync($"plan/{plan}/week/{week.WeekNumber}");
        var day = page.Locator($"[data-date='{run.Date:yyyy-MM-dd}']");

        await day.GetByTestId("edit-run").First.ClickAsync();
        await day.GetByTestId("edit-distance").Locator("input").FillAsync("12.5");
        await day.GetByTestId("save-run").ClickAsync();

        await Assertions.Expect(day.GetByTestId("planned-run").First).ToContainTextAsync("12.5 km");
        var after = await stack.Gateway().GetFromJsonAsync<TrainingPlan>($"/api/plans/{plan}", Ct);
        var saved = after!.Weeks.Single(w => w.WeekNumber == week.WeekNumber).Runs.Single(r => r.Date == run.Date && r.Index == run.Index);
        Assert.Equal(12.5, saved.DistanceKm);
        Assert.Equal(run.Type, saved.Type);
    }

    [Fact]
    public async Task The_runs_page_lists_recent_runs_and_a_run_opens_with_the_coaching_feedback_posted_to_strava()
    {
        var (_, week) = await PastWeekWithRunsAsync();
        var run = week.Runs.Select(r => r.Actual).OfType<ActualRun>().First();
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Runs" }).ClickAsync();

        var activities = page.GetByTestId("activities");
        await Assertions.Expect(activities.Locator($"[data-activity='{run.ActivityId}']")).ToBeVisibleAsync();
        var runsOnly = await activities.Locator("tbody tr").CountAsync();
        await page.GetByTestId("activity-filter").GetByText("All").ClickAsync();
        await Assertions.Expect(activities.Locator("tbody tr")).Not.ToHaveCountAsync(runsOnly);
        await browser.ScreenshotAsync("runs");

        await activities.Locator($"[data-activity='{run.ActivityId}']").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = run.Name })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("coach-feedback")).ToContainTextAsync("Not posted yet");

        // Posting writes to Strava, which waits while the demo's first sync has spent the rate-limit window.
        using var posting = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        posting.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            using var posted = await stack.Gateway().PutAsJsonAsync($"/api/strava/activities/{run.ActivityId}/feedback",
                new CoachingFeedbackRequest("Even pacing all the way; keep the next easy day truly easy."), posting.Token);
            posted.EnsureSuccessStatusCode();
        }
        catch (Exception e) when (e is TaskCanceledException && !Ct.IsCancellationRequested)
        {
            Assert.Skip("Strava's rate limit is spent by the demo sync, so the feedback could not be posted within 20 s.");
        }

        await Assertions.Expect(page.GetByTestId("coach-feedback"))
            .ToContainTextAsync("Even pacing all the way; keep the next easy day truly easy.", new() { Timeout = 10_000 });
    }

    Task<(string Plan, WeekAdherence Week)> PastWeekWithRunsAsync() => DemoAthlete.PastWeekWithRunsAsync(stack, Ct);
}
