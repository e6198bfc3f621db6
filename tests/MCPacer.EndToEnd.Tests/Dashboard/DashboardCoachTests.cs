using MCPacer.Contracts.Terminal;
using Microsoft.Playwright;

namespace MCPacer.EndToEnd.Tests.Dashboard;

/// <summary>The coach panel: a persona chosen in the picker starts the coaching session as that coach.</summary>
[Collection(StackCollection.Name)]
public sealed class DashboardCoachTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Choosing_a_persona_starts_a_coach_session_as_that_persona()
    {
        await using var browser = await DashboardBrowser.OpenAsync(stack);
        var page = browser.Page;
        var picker = page.GetByTestId("persona-picker");
        await Assertions.Expect(picker).ToContainTextAsync("Coach");

        await picker.ClickAsync();
        await page.Locator(".rz-dropdown-item [data-persona='david']").ClickAsync();

        await Assertions.Expect(picker).ToContainTextAsync("David");
        await Assertions.Expect(page.GetByTestId("terminal-state")).ToHaveTextAsync("connected");
        // Claude Code is not installed here: the fallback shell names the persona Claude Code would open as.
        await Assertions.Expect(page.Locator(".xterm-rows")).ToContainTextAsync("Coach persona chosen: david");
        var sessions = await stack.Gateway().GetFromJsonAsync<TerminalSessionInfo[]>("/terminal/sessions", Ct);
        Assert.Contains(sessions!, s => s.Profile == "coach" && s.Persona == "david" && s.Attached);
        await browser.ScreenshotAsync("coach-persona");

        await page.ReloadAsync();
        await browser.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("persona-picker")).ToContainTextAsync("David");
        await Assertions.Expect(page.Locator(".xterm-rows")).ToContainTextAsync("Coach persona chosen: david");
    }

    [Fact]
    public async Task When_every_terminal_session_is_in_use_the_panel_says_so_instead_of_reconnecting()
    {
        stack.Require();
        using var gateway = stack.Gateway();
        var held = new List<string>();
        try
        {
            while (true)
            {
                using var response = await gateway.PostAsJsonAsync("/terminal/sessions", new StartTerminalSession("shell"), Ct);
                if (response.StatusCode == System.Net.HttpStatusCode.Conflict)
                {
                    break;
                }

                response.EnsureSuccessStatusCode();
                held.Add((await response.Content.ReadFromJsonAsync<TerminalSessionInfo>(Ct))!.Id);
            }

            await using var browser = await DashboardBrowser.OpenAsync(stack);
            var page = browser.Page;

            await Assertions.Expect(page.GetByTestId("terminal-state")).ToHaveTextAsync("session limit reached");
            await Assertions.Expect(page.GetByTestId("terminal-refusal")).ToContainTextAsync("terminal sessions are in use");
            await browser.ScreenshotAsync("coach-session-limit");

            await gateway.DeleteAsync($"/terminal/sessions/{held[0]}", Ct);
            held.RemoveAt(0);
            await page.GetByTestId("terminal-refusal").GetByText("Try again").ClickAsync();
            await Assertions.Expect(page.GetByTestId("terminal-state")).ToHaveTextAsync("connected");
        }
        finally
        {
            await Task.WhenAll(held.Select(id => gateway.DeleteAsync($"/terminal/sessions/{id}", Ct)));
        }
    }
}
