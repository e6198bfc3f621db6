using MCPacer.Terminal.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Api;

/// <summary>
/// GET /terminal/ws?profile=shell|coach[&amp;persona=NAME] starts a session, ?session=ID reconnects to one. The access token and the
/// same-origin check (UseAccessToken) run before this handler, so a refused upgrade never starts a process.
/// </summary>
internal static class TerminalWebSocket
{
    public static RouteHandlerBuilder MapTerminalWebSocket(this IEndpointRouteBuilder app) =>
        app.MapGet("/ws", Connect).WithSummary("The terminal over a WebSocket: JSON frames input/resize in, session/output/exit out");

    static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Connect(
        HttpContext context, string? profile, string? persona, string? session, int? cols, int? rows,
        TerminalSessions sessions, ProfileLauncher profiles, PersonaCheck personas, IOptions<TerminalOptions> options, TimeProvider time)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem("Connect with a WebSocket (new WebSocket('/terminal/ws?profile=shell')).",
                statusCode: StatusCodes.Status400BadRequest, title: "Not a WebSocket request");
        }

        if (profile is null == session is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["profile"] = ["Give either ?profile=NAME to start a session or ?session=ID to reconnect, not both."],
            });
        }

        var cancellationToken = context.RequestAborted;
        TerminalSession? terminal;
        var started = false;
        if (session is not null)
        {
            if (!sessions.TryGet(session, out terminal))
            {
                return TerminalApi.SessionNotFound(session);
            }
        }
        else
        {
            var (invalid, checkedPersona) = await TerminalApi.ValidateAsync(profile, persona, cols, rows, profiles, personas, cancellationToken);
            if (invalid is not null)
            {
                return invalid;
            }

            terminal = await sessions.StartAsync(profile!, checkedPersona, TerminalApi.SizeOrDefault(cols, rows), cancellationToken);
            if (terminal is null)
            {
                return TerminalApi.SessionLimitReached(sessions.MaxSessions);
            }

            started = true;
        }

        var socket = await AcceptOrCloseAsync(context, sessions, terminal, started);
        var connection = new TerminalConnection(socket, options.Value.SendTimeout, time);
        if (started && !await connection.SendSessionAsync(terminal.Id))
        {
            return TypedResults.Empty;
        }

        await terminal.AttachAsync(connection, cancellationToken);
        try
        {
            await connection.ReceiveAsync(terminal, cancellationToken);
        }
        finally
        {
            terminal.Detach(connection);
        }

        return TypedResults.Empty;
    }

    static async Task<System.Net.WebSockets.WebSocket> AcceptOrCloseAsync(
        HttpContext context, TerminalSessions sessions, TerminalSession terminal, bool started)
    {
        try
        {
            return await context.WebSockets.AcceptWebSocketAsync();
        }
        catch when (started)
        {
            await sessions.CloseAsync(terminal.Id);
            throw;
        }
    }
}
