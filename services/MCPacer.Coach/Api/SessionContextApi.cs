using MCPacer.Coach.Sessions;
using MCPacer.Contracts;
using MCPacer.Contracts.Coach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>The coach's share of a session's context, each part with its approximate token count, for the budget display.</summary>
internal static class SessionContextApi
{
    public static RouteGroupBuilder MapSessionContextApi(this RouteGroupBuilder coach)
    {
        coach.MapGet("/session-context", GetSessionContext).WithTags("Session context")
            .WithSummary("Memory, the last three session logs, the persona (?persona= or the preferred one) and strava's load line, with token estimates");
        return coach;
    }

    static async Task<Results<Ok<SessionContext>, ValidationProblem, NotFound<ProblemDetails>>> GetSessionContext(
        SessionContextReader reader, CancellationToken ct, [FromQuery] string? persona = null)
    {
        Slug? asked = null;
        if (persona is not null)
        {
            if (!Problems.TryParseName("persona", persona, out var name, out var invalid))
            {
                return invalid!;
            }

            asked = name;
        }

        var read = await reader.ReadAsync(asked, ct);
        return read.Context is { } context
            ? TypedResults.Ok(context)
            : Problems.NotFound($"No persona '{read.Persona}'; GET /api/coach/personas lists them.");
    }
}
