using MCPacer.Contracts.Coach;
using MCPacer.Mcp.Tools;
using ModelContextProtocol;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The coach tools: memory sections by key or heading, session logs, personas, and the coach service's refusals.</summary>
public sealed class CoachToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    const string Coach = "http://coach/api/coach";

    readonly OwningServices _services = host.Owners.Reset();

    CoachTools Tools => new(_services.Coach);

    [Theory]
    [InlineData("Active Flags")]
    [InlineData("## active flags")]
    [InlineData("active_flags")]
    public async Task A_memory_section_named_by_its_heading_or_key_is_written_under_its_key(string section)
    {
        _services.Answer("PUT", $"{Coach}/memory/sections/active_flags", new MemoryWriteResult("v7", "active_flags"));

        var text = await Tools.UpdateCoachMemory(section, "- calf niggle, 2026-04-14", Ct);

        Assert.Equal("Saved the 'active_flags' section of the coach memory (version v7).", text);
        Assert.Contains("calf niggle", Assert.Single(_services.Requests).Body);
    }

    [Fact]
    public async Task Session_logs_come_newest_first_with_what_was_distilled_on_the_way()
    {
        _services.Answer("GET", $"{Coach}/sessions?count=2", new SessionLogs(
            [new SessionLog(new DateOnly(2026, 4, 14), false, "Easy week agreed.\n"), new SessionLog(new DateOnly(2026, 4, 7), false, "Tempo went well.")],
            [new DateOnly(2026, 3, 1)]));

        var text = await Tools.GetSessionLogs(2, Ct);

        Assert.Equal("### Session 2026-04-14\nEasy week agreed.\n\n### Session 2026-04-07\nTempo went well.\n\n" +
                     "Distilled into Session History and archived just now: 2026-03-01.", text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_session_log_count_outside_1_to_5_is_refused_with_the_range(int limit)
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.GetSessionLogs(limit, Ct));

        Assert.Equal($"'limit' is 1 to 5; it was {limit}.", refused.Message);
        Assert.Empty(_services.Requests);
    }

    [Fact]
    public async Task Personas_are_listed_one_per_line_with_the_preferred_and_the_athletes_own_marked()
    {
        _services.Answer("GET", $"{Coach}/personas", new[]
        {
            new PersonaSummary("coach", "The Coach", PersonaSource.Default, true),
            new PersonaSummary("david", "David, the marathoner", PersonaSource.UserOverride, false),
            new PersonaSummary("mine", "My own", PersonaSource.User, false),
        });

        var text = await Tools.GetCoachingPersonas(Ct);

        Assert.Equal("coach: The Coach (preferred)\ndavid: David, the marathoner (the athlete's version of a shipped persona)\nmine: My own (the athlete's own)", text);
    }

    [Fact]
    public async Task An_unknown_memory_section_is_refused_with_the_coach_services_field_error()
    {
        _services.Problem("PUT", $"{Coach}/memory/sections/Injuries", 400, "One or more validation errors occurred.",
            errors: new() { ["section"] = ["unknown section 'injuries'; use athlete, prs, goals, active_flags, training_context, patterns, session_history"] });
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("update_coach_memory", new() { ["section"] = "Injuries", ["content"] = "none" });

        Assert.Equal("section: unknown section 'injuries'; use athlete, prs, goals, active_flags, training_context, patterns, session_history", error);
    }

    [Fact]
    public async Task A_memory_written_by_someone_else_first_is_a_conflict_in_the_coach_services_words()
    {
        _services.Problem("PUT", $"{Coach}/memory/sections/goals", 409, "The memory changed since you read it",
            "COACH_MEMORY.md is now at version v9; read it again and reapply your change");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("update_coach_memory", new() { ["section"] = "goals", ["content"] = "Sub-3 in Valencia" });

        Assert.Equal("COACH_MEMORY.md is now at version v9; read it again and reapply your change", error);
    }

    [Fact]
    public async Task A_session_log_that_does_not_exist_is_refused_with_the_coach_services_words()
    {
        _services.Problem("GET", $"{Coach}/sessions/2026-01-05", 404, "Not found", "no session log for 2026-01-05");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("get_archived_session_log", new() { ["session_date"] = "2026-01-05" });

        Assert.Equal("no session log for 2026-01-05", error);
    }

    [Fact]
    public async Task A_persona_asked_for_without_a_name_is_refused_naming_the_argument()
    {
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("get_coaching_persona");

        Assert.Equal("'coach_name' is required.", error);
        Assert.Empty(_services.Requests);
    }
}
