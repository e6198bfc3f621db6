using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Strava;
using MCPacer.Mcp.Tools;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The session context: every part with its size, and a service that is down costs only its own part.</summary>
public sealed class SessionToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    readonly OwningServices _services = host.Owners.Reset();

    SessionTools Tools => new(_services.Coach, _services.Strava, _services.Plans, TimeProvider.System);

    [Fact]
    public async Task Each_part_comes_with_its_size_and_a_plans_service_that_is_down_says_so_in_its_place()
    {
        _services.Answer("GET", "http://coach/api/coach/session-context?persona=david", new SessionContext(
            [new SessionContextPart("memory", "## Athlete\nAda, 41", 5), new SessionContextPart("session-logs", "", 0), new SessionContextPart("persona:david", "Be blunt.", 3)],
            8, "about 4 characters a token"));
        _services.Answer("GET", "http://strava/api/strava/context/runs", new RunContext("W15: 3 runs, 32 km", 5, new DateOnly(2026, 4, 15), "Europe/Berlin", 3));
        _services.Down("plans");

        var text = await Tools.GetSessionContext(" david ", Ct);

        Assert.Equal(
            "SESSION CONTEXT (~31 tokens; a token is about 4 characters)\n\n" +
            "===== Coach memory (~5 tokens) =====\n## Athlete\nAda, 41\n\n" +
            "===== Run context (~5 tokens) =====\nW15: 3 runs, 32 km\n\n" +
            "===== Plan context (~15 tokens) =====\n(the plans service is not answering; try again in a moment)\n\n" +
            "===== Session logs (~3 tokens) =====\n(none yet)\n\n" +
            "===== Persona david (~3 tokens) =====\nBe blunt.",
            text);
    }
}
