using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Terminal;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Terminal.Tests;

public sealed class PersonaSessionTests
{
    const string ArgumentPrinter = """
        #!/bin/sh
        for argument in "$@"; do printf '[%s]\n' "$argument"; done
        echo arguments-printed
        exec sleep 60
        """;

    [Fact]
    public async Task The_chosen_persona_reaches_the_coach_program_as_its_opening_prompt()
    {
        await using var coach = await CoachStandIn.StartAsync("# Session\n", "coach", "david", "kim");
        using var scripts = new TempDirectory();
        var printer = Path.Combine(scripts.Path, "print-arguments");
        await File.WriteAllTextAsync(printer, ArgumentPrinter, TestContext.Current.CancellationToken);
        File.SetUnixFileMode(printer, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        using var service = new TerminalHost(settings =>
        {
            settings["services:coach:http:0"] = coach.Urls.Single();
            settings["Terminal:Profiles:coach:Command"] = printer;
        });

        await using var terminal = await service.ConnectAsync("profile=coach&persona=david");
        var output = await terminal.ReadUntilAsync("arguments-printed");

        Assert.Contains("[/mcpacer Coach me as david: call get_coaching_persona with coach_name david instead of the preferred persona.]", output);
        var session = Assert.Single(await service.ListAsync());
        Assert.Equal(("coach", "david"), (session.Profile, session.Persona));
        await service.CloseAsync(session.Id);
    }

    [Fact]
    public async Task Without_claude_the_fallback_shell_says_which_persona_was_chosen()
    {
        using var service = new TerminalHost();

        await using var terminal = await service.ConnectAsync("profile=coach&persona=kim");
        var output = await terminal.ReadUntilAsync("Coach persona chosen");
        await terminal.ReadUntilAsync("session as kim");

        Assert.Contains("npm install -g @anthropic-ai/claude-code", output);
        Assert.Contains("kim", terminal.Output);
        await service.CloseAsync(Assert.Single(await service.ListAsync()).Id);
    }

    [Theory]
    [InlineData("coach", "roland", "no persona 'roland'; its personas are: coach, david")]
    [InlineData("coach", "../../etc/passwd", "not a persona name")]
    [InlineData("coach", "", "not a persona name")]
    [InlineData("shell", "david", "does not take a persona")]
    public async Task A_persona_the_coach_does_not_have_is_refused_with_400_and_starts_nothing(string profile, string persona, string reason)
    {
        await using var coach = await CoachStandIn.StartAsync("# Session\n", "coach", "david");
        using var service = new TerminalHost(settings => settings["services:coach:http:0"] = coach.Urls.Single());

        var response = await service.CreateAuthorizedClient().PostAsJsonAsync("/terminal/sessions",
            new StartTerminalSession(profile, Persona: persona), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains(reason, Assert.Single(problem!.Errors["persona"]));
        Assert.Empty(await service.ListAsync());
    }

    [Fact]
    public async Task A_refused_persona_on_the_websocket_is_a_400_before_any_process_starts()
    {
        await using var coach = await CoachStandIn.StartAsync("# Session\n", "coach");
        using var service = new TerminalHost(settings => settings["services:coach:http:0"] = coach.Urls.Single());

        var refused = await Assert.ThrowsAsync<RefusedException>(() => service.ConnectAsync("profile=coach&persona=nobody"));

        Assert.Equal(400, refused.Status);
        Assert.Empty(await service.ListAsync());
    }
}
