namespace MCPacer.Terminal.Workspace;

/// <summary>The coach service, for the session procedure that becomes Claude Code's mcpacer skill.</summary>
public sealed class CoachClient(HttpClient http)
{
    /// <summary>GET /api/coach/procedure: Markdown.</summary>
    public Task<string> GetProcedureAsync(CancellationToken cancellationToken) =>
        http.GetStringAsync("/api/coach/procedure", cancellationToken);
}
