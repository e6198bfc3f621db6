using MCPacer.Contracts.Terminal;
using MCPacer.ServiceDefaults;
using MCPacer.Terminal.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Terminal.Api;

internal static class TerminalApi
{
    public static RouteGroupBuilder MapTerminalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/terminal").WithTags("Terminal");
        api.MapServiceStatus("");
        api.MapTerminalWebSocket();

        var sessions = api.MapGroup("/sessions");
        sessions.MapGet("/", ListSessions).WithSummary("The running and recently ended terminal sessions, oldest first");
        sessions.MapGet("/{id}", GetSession).WithSummary("One terminal session");
        sessions.MapPost("/", StartSession).WithSummary("Starts a session of a configured profile (shell, coach)");
        sessions.MapDelete("/{id}", CloseSession).WithSummary("Hangs up the session's processes and forgets it");
        sessions.MapPost("/{id}/resize", ResizeSession).WithSummary("Sets the session's terminal size (the program sees SIGWINCH)");
        return api;
    }

    static Ok<TerminalSessionInfo[]> ListSessions(TerminalSessions sessions) =>
        TypedResults.Ok(sessions.All.Select(session => session.ToInfo()).ToArray());

    static Results<Ok<TerminalSessionInfo>, ProblemHttpResult> GetSession(string id, TerminalSessions sessions) =>
        sessions.TryGet(id, out var session) ? TypedResults.Ok(session.ToInfo()) : SessionNotFound(id);

    static async Task<Results<Created<TerminalSessionInfo>, ValidationProblem, ProblemHttpResult>> StartSession(
        StartTerminalSession request, TerminalSessions sessions, ProfileLauncher profiles, PersonaCheck personas, CancellationToken cancellationToken)
    {
        var (invalid, persona) = await ValidateAsync(request.Profile, request.Persona, request.Cols, request.Rows, profiles, personas, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var session = await sessions.StartAsync(request.Profile, persona, SizeOrDefault(request.Cols, request.Rows), cancellationToken);
        return session is null
            ? SessionLimitReached(sessions.MaxSessions)
            : TypedResults.Created($"/terminal/sessions/{session.Id}", session.ToInfo());
    }

    static async Task<Results<NoContent, ProblemHttpResult>> CloseSession(string id, TerminalSessions sessions) =>
        await sessions.CloseAsync(id) ? TypedResults.NoContent() : SessionNotFound(id);

    static Results<NoContent, ValidationProblem, ProblemHttpResult> ResizeSession(string id, TerminalSize size, TerminalSessions sessions)
    {
        if (!size.IsValid)
        {
            return InvalidSize();
        }

        if (!sessions.TryGet(id, out var session))
        {
            return SessionNotFound(id);
        }

        session.Resize(size);
        return TypedResults.NoContent();
    }

    /// <summary>Checks what a browser asks to start; on success, the persona as the coach service names it (or none).</summary>
    internal static async Task<(ValidationProblem? Invalid, string? Persona)> ValidateAsync(string? profile, string? persona, int? cols, int? rows,
        ProfileLauncher profiles, PersonaCheck personas, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(profile) || !profiles.IsKnown(profile))
        {
            return (Invalid("profile", $"Unknown profile '{profile}'; the profiles are: {string.Join(", ", profiles.Names)}."), null);
        }

        if (!SizeOrDefault(cols, rows).IsValid)
        {
            return (InvalidSize(), null);
        }

        if (persona is null)
        {
            return (null, null);
        }

        if (!profiles.TakesPersona(profile))
        {
            return (Invalid("persona", $"The {profile} profile does not take a persona; start the coach profile to choose one."), null);
        }

        var (checkedPersona, problem) = await personas.CheckAsync(persona, cancellationToken);
        return problem is null ? (null, checkedPersona) : (Invalid("persona", problem), null);
    }

    static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    internal static TerminalSize SizeOrDefault(int? cols, int? rows) =>
        new(cols ?? TerminalSize.Default.Cols, rows ?? TerminalSize.Default.Rows);

    internal static ProblemHttpResult SessionNotFound(string id) =>
        TypedResults.Problem($"There is no terminal session '{id}'; it may have ended or expired.",
            statusCode: StatusCodes.Status404NotFound, title: "Terminal session not found");

    internal static ProblemHttpResult SessionLimitReached(int max) =>
        TypedResults.Problem($"All {max} terminal sessions are in use (by other tabs or windows); close one of them, or wait until an unused one ends.",
            statusCode: StatusCodes.Status409Conflict, title: "Too many terminal sessions");

    static ValidationProblem InvalidSize() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["cols"] = [$"cols must be 1-{TerminalSize.MaxCols}."],
        ["rows"] = [$"rows must be 1-{TerminalSize.MaxRows}."],
    });
}
