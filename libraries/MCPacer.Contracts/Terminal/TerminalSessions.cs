namespace MCPacer.Contracts.Terminal;

/// <summary>
/// A terminal session as GET /terminal/sessions lists it. ExitCode is null while the program runs; Persona is the
/// coaching persona the session was started with, if any.
/// </summary>
public sealed record TerminalSessionInfo(
    string Id,
    string Profile,
    int ProcessId,
    int Cols,
    int Rows,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt,
    bool Attached,
    int? ExitCode,
    string? Persona = null);

/// <summary>
/// POST /terminal/sessions: the browser names a profile (shell, coach), never a command line, and for the coach a
/// persona of the coach service (david, kim...) to open the session as.
/// </summary>
public sealed record StartTerminalSession(string Profile, int? Cols = null, int? Rows = null, string? Persona = null);

/// <summary>POST /terminal/sessions/{id}/resize, and the size a session starts with.</summary>
public sealed record TerminalSize(int Cols, int Rows)
{
    public const int MaxCols = 1000;
    public const int MaxRows = 500;

    public static TerminalSize Default { get; } = new(80, 24);

    public bool IsValid => Cols is > 0 and <= MaxCols && Rows is > 0 and <= MaxRows;
}
