using MCPacer.Coach.Memory;
using MCPacer.Coach.Personas;
using MCPacer.Coach.Sessions;
using MCPacer.Contracts.Coach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>The coach's share of a session's context, each part with its approximate token count, for the budget display.</summary>
internal static class SessionContextApi
{
    const string TokenEstimate = "approximate: characters / 4";

    public static RouteGroupBuilder MapSessionContextApi(this RouteGroupBuilder coach)
    {
        coach.MapGet("/session-context", GetSessionContext).WithTags("Session context")
            .WithSummary("Memory, the last three session logs, the persona (?persona= or the preferred one) and strava's load line, with token estimates");
        return coach;
    }

    static async Task<Results<Ok<SessionContext>, ValidationProblem, NotFound<ProblemDetails>>> GetSessionContext(
        MemoryStore memory, SessionLogStore sessions, PersonaCatalog personas, LoadLineReader load, CancellationToken ct,
        [FromQuery] string? persona = null)
    {
        var name = await personas.PreferredNameAsync(ct);
        if (persona is not null && !Problems.TryParseName("persona", persona, out name, out var invalid))
        {
            return invalid!;
        }

        if (await personas.GetAsync(name, ct) is not { } chosen)
        {
            return Problems.NotFound($"No persona '{name}'; GET /api/coach/personas lists them.");
        }

        var loadLine = load.ReadAsync(ct);
        // Logs first: reading them may distil older ones into the memory's Session History.
        var logs = await sessions.ReadRecentAsync(CoachLimits.DefaultRecentLogs, ct);
        var memoryText = (await memory.ReadAsync(ct))?.Text ?? CoachMemoryText.NotOnboarded;
        var logsText = string.Join("\n\n", logs.Logs.Select(l => l.Content.TrimEnd()));
        SessionContextPart[] parts = [Part("memory", memoryText), Part("session-logs", logsText), Part($"persona:{chosen.Name}", chosen.Content),
            Part("load", await loadLine)];
        return TypedResults.Ok(new SessionContext(parts, parts.Sum(p => p.ApproxTokens), TokenEstimate));
    }

    static SessionContextPart Part(string name, string content) => new(name, content, (content.Length + 3) / 4);
}
