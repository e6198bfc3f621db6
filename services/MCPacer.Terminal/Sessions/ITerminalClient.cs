namespace MCPacer.Terminal.Sessions;

/// <summary>The browser connection a session writes to (the WebSocket); at most one per session.</summary>
internal interface ITerminalClient
{
    /// <summary>False when the client is gone or too slow; the session then detaches it.</summary>
    Task<bool> SendOutputAsync(ReadOnlyMemory<byte> output);

    /// <summary>Tells the client the program ended with this code, then closes the connection.</summary>
    Task SendExitAsync(int code);

    /// <summary>Drops the connection at once (a newer browser took the session over, or the session closes).</summary>
    void Abort();
}
