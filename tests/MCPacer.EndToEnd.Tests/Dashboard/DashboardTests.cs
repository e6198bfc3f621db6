using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using MCPacer.Contracts.Coach;
using MCPacer.EndToEnd.Tests.Mcp;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

[Collection(StackCollection.Name)]
public sealed class DashboardTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_status_page_lists_the_services_that_reported_in()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Service status" }).ClickAsync();

        foreach (var service in new[] { "MCPacer.Coach", "MCPacer.Terminal", "MCPacer.Plans", "MCPacer.Strava" })
        {
            await Assertions.Expect(browser.Page.Locator($"[data-service='{service}']")).ToBeVisibleAsync();
        }

        await browser.ScreenshotAsync("status");
    }

    [Fact]
    public async Task The_terminal_panel_echoes_what_is_typed_in_the_shell()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;

        await page.GetByTestId("terminal-profile").GetByText("Shell").ClickAsync();
        await Assertions.Expect(page.GetByTestId("terminal-state")).ToHaveTextAsync("connected");
        // A runner types once the shell shows its prompt; keys sent before the shell reads its terminal are lost.
        await Assertions.Expect(page.Locator(".xterm-rows")).ToContainTextAsync(new Regex(@"[#$]\s*$"));
        await page.Locator(".xterm").ClickAsync();
        await page.Keyboard.TypeAsync("echo mcpacer-$((6*7))");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".xterm-rows")).ToContainTextAsync("mcpacer-42");
        await browser.ScreenshotAsync("terminal");
    }

    [Fact]
    public async Task A_region_painted_on_the_body_map_is_saved_and_still_painted_after_a_reload()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        await browser.GoToAsync("bodymap");

        await page.Locator("[data-region='front_left_knee']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-region")).ToHaveTextAsync("Left knee");
        await page.GetByTestId("sensation").GetByText("Tightness").ClickAsync();
        await page.GetByTestId("region-note").FillAsync("Stiff on the first kilometre of easy runs");
        await page.GetByTestId("paint").ClickAsync();
        await Assertions.Expect(page.Locator("svg [data-region='front_left_knee']")).ToHaveClassAsync(new Regex("mc-tightness"));

        var saved = await stack.Gateway().GetFromJsonAsync<BodyMapState>("/api/coach/bodymap", Ct);
        var knee = Assert.Single(saved!.Painted, p => p.RegionId == "front_left_knee");
        Assert.Equal(Sensation.Tightness, knee.Sensation);
        Assert.Equal("Stiff on the first kilometre of easy runs", knee.Note);

        await page.ReloadAsync();
        await browser.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("svg [data-region='front_left_knee']")).ToHaveClassAsync(new Regex("mc-tightness"));
        await Assertions.Expect(page.GetByTestId("painted-list")).ToContainTextAsync("Stiff on the first kilometre of easy runs");
        await browser.ScreenshotAsync("bodymap");
    }

    [Fact]
    public async Task A_coach_highlight_made_through_the_api_appears_with_its_reason_without_a_reload()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        await browser.GoToAsync("bodymap");
        await Assertions.Expect(page.GetByTestId("bodymap")).ToBeVisibleAsync();

        using var response = await stack.Gateway().PostAsJsonAsync("/api/coach/bodymap/highlights",
            new HighlightRegionsRequest([new HighlightRegionRequest("back_left_calf", "Calf raises 3x15 after every run this week")]), Ct);
        response.EnsureSuccessStatusCode();

        await Assertions.Expect(page.Locator("svg [data-region='back_left_calf']"))
            .ToHaveClassAsync(new Regex("mc-highlight"), new() { Timeout = 2000 });
        await Assertions.Expect(page.GetByTestId("highlight-list")).ToContainTextAsync("Calf raises 3x15 after every run this week");
    }

    [Fact]
    public async Task A_memory_change_made_through_mcp_appears_on_the_page_within_two_seconds()
    {
        await using var mcp = await stack.ConnectMcpAsync(Ct);
        await mcp.CallTextAsync("update_coach_memory", new() { ["section"] = "goals", ["content"] = "- Sub-3:20 marathon\n" }, Ct);
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        await browser.GoToAsync("memory");
        await Assertions.Expect(page.Locator("[data-section='goals']")).ToContainTextAsync("Sub-3:20 marathon");

        await mcp.CallTextAsync("update_coach_memory", new()
        {
            ["section"] = "goals",
            ["content"] = "- Sub-3:15 marathon in the spring\n- Stay injury-free through the build\n",
        }, Ct);

        await Assertions.Expect(page.Locator("[data-section='goals']"))
            .ToContainTextAsync("Sub-3:15 marathon in the spring", new() { Timeout = 2000 });
        await browser.ScreenshotAsync("memory");
    }

    [Fact]
    public async Task A_stale_memory_edit_is_explained_and_the_text_typed_is_kept()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        await ReplaceSectionAsync("patterns", "- Fades in the heat\n");
        await browser.GoToAsync("memory");
        var section = page.Locator("[data-section='patterns']");
        await Assertions.Expect(section).ToContainTextAsync("Fades in the heat");

        await section.GetByTestId("edit-section").ClickAsync();
        await section.GetByTestId("section-editor").FillAsync("- Runs negative splits when fresh");
        await ReplaceSectionAsync("patterns", "- Fades in the heat\n- Sleeps badly before races\n");
        await section.GetByTestId("save-section").ClickAsync();

        await Assertions.Expect(section.GetByTestId("conflict")).ToContainTextAsync("Sleeps badly before races");
        await Assertions.Expect(section.GetByTestId("section-editor")).ToHaveValueAsync("- Runs negative splits when fresh");
        await browser.ScreenshotAsync("memory-conflict");

        await section.GetByTestId("save-section").ClickAsync();
        await Assertions.Expect(section.GetByTestId("section-text")).ToHaveTextAsync("- Runs negative splits when fresh");
    }

    [Fact]
    public async Task With_the_plans_service_stopped_the_plan_page_names_it_and_fills_in_once_it_is_back()
    {
        var commands = stack.App.Services.GetRequiredService<ResourceCommandService>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;

        var stopped = await commands.ExecuteCommandAsync("plans", KnownResourceCommands.StopCommand, timeout.Token);
        Assert.True(stopped.Success, stopped.Message);
        try
        {
            await stack.App.ResourceNotifications.WaitForResourceAsync("plans", KnownResourceStates.TerminalStates, timeout.Token);
            await browser.GoToAsync("plan");

            var problem = page.GetByTestId("service-problem");
            await Assertions.Expect(problem).ToContainTextAsync("The plans service is not answering.");
            await Assertions.Expect(problem).ToContainTextAsync("Retrying in 5 s.");
            await browser.ScreenshotAsync("plan-service-down");
        }
        finally
        {
            await commands.ExecuteCommandAsync("plans", KnownResourceCommands.StartCommand, timeout.Token);
            await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("plans", timeout.Token);
        }

        // No reload: the page's own retry finds the service back.
        await Assertions.Expect(page.GetByTestId("service-problem")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("volume-chart").Locator("rect.mc-actual").First).ToBeVisibleAsync();
    }

    async Task ReplaceSectionAsync(string key, string content)
    {
        using var gateway = stack.Gateway();
        var memory = await gateway.GetFromJsonAsync<CoachMemory>("/api/coach/memory", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/coach/memory/sections/{key}")
        {
            Content = JsonContent.Create(new ReplaceMemoryRequest(content)),
        };
        if (memory!.Version is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        using var response = await gateway.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
    }
}
