using MCPacer.Contracts.Terminal;

namespace MCPacer.Terminal.Pty;

/// <summary>What to run on a new pseudo-terminal: an absolute executable path, its arguments, where, with what environment.</summary>
internal sealed record PtyStartInfo(
    string Executable,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    TerminalSize Size);
