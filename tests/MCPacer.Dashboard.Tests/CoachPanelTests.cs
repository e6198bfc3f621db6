using Bunit;
using MCPacer.Contracts.Coach;
using MCPacer.Clients;
using MCPacer.Dashboard.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Dashboard.Tests;

/// <summary>The coach panel against a coach service's persona list served over real HTTP; the terminal's JS is bUnit's.</summary>
public sealed class CoachPanelTests : DashboardContext, IAsyncLifetime
{
    WebApplication? _coach;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _coach = builder.Build();
        _coach.MapGet("/api/coach/personas", () => new[]
        {
            new PersonaSummary("coach", "Coach — balanced and steady", PersonaSource.Default, false),
            new PersonaSummary("david", "David — tough love", PersonaSource.Default, true),
        });
        await _coach.StartAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public void The_picker_opens_on_the_preferred_persona_and_starts_the_coach_session_as_it()
    {
        UseCoachAt(_coach!.Urls.Single());
        var terminal = JSInterop.SetupModule("./js/terminal.js");

        var panel = Render<CoachPanel>();

        panel.WaitForAssertion(() => Assert.Contains("David — tough love", panel.Find("[data-testid='persona-picker']").TextContent));
        panel.WaitForAssertion(() => Assert.Single(terminal.Invocations, i => i.Identifier == "open"));
        var open = terminal.Invocations.Single(i => i.Identifier == "open");
        Assert.Equal(["coach", "david"], open.Arguments.Skip(1).Take(2));
    }

    [Fact]
    public async Task A_refused_session_is_explained_in_the_panel_instead_of_reconnecting()
    {
        UseCoachAt(_coach!.Urls.Single());
        var terminal = JSInterop.SetupModule("./js/terminal.js");
        var panel = Render<CoachPanel>();
        // The terminal reports its state only once it has been opened, which waits for the persona list.
        panel.WaitForAssertion(() => Assert.Single(terminal.Invocations, i => i.Identifier == "open"));

        await panel.InvokeAsync(() => panel.Instance.OnConnectionState("limit", "All 8 terminal sessions are in use (by other tabs or windows)."));

        panel.WaitForAssertion(() => Assert.Equal("session limit reached", panel.Find("[data-testid='terminal-state']").TextContent.Trim()));
        Assert.Contains("All 8 terminal sessions are in use", panel.Find("[data-testid='terminal-refusal']").TextContent);
    }

    [Fact]
    public void Without_the_coach_service_the_panel_says_personas_are_unavailable_and_opens_the_default_session()
    {
        UseCoachAt("http://127.0.0.1:1");
        var terminal = JSInterop.SetupModule("./js/terminal.js");

        var panel = Render<CoachPanel>();

        panel.WaitForAssertion(() => Assert.Contains("personas unavailable", panel.Markup));
        Assert.Empty(panel.FindAll("[data-testid='persona-picker']"));
        panel.WaitForAssertion(() => Assert.Single(terminal.Invocations, i => i.Identifier == "open"));
        Assert.Null(terminal.Invocations.Single(i => i.Identifier == "open").Arguments[2]);
    }

    void UseCoachAt(string address) =>
        Services.AddSingleton(new CoachClient(new HttpClient { BaseAddress = new Uri(address) }, Microsoft.Extensions.Logging.Abstractions.NullLogger<CoachClient>.Instance));

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_coach is not null)
        {
            await _coach.DisposeAsync();
        }

        await DisposeAsync();
    }
}
