using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Workspace;

/// <summary>
/// The coach service: the session procedure that becomes Claude Code's mcpacer skill, and the personas a coach
/// session may open as. Every call gives up after Terminal:CoachTimeout, so a slow coach never holds up a terminal.
/// </summary>
internal sealed class WorkspaceCoachClient(HttpClient http, IOptions<TerminalOptions> options, TimeProvider time)
{
    /// <summary>GET /api/coach/procedure: Markdown.</summary>
    public Task<string> GetProcedureAsync(CancellationToken cancellationToken) =>
        WithinTimeoutAsync(token => http.GetStringAsync("/api/coach/procedure", token), cancellationToken);

    /// <summary>GET /api/coach/personas: the names of the shipped personas and the runner's own.</summary>
    public Task<IReadOnlyList<string>> ListPersonaNamesAsync(CancellationToken cancellationToken) =>
        WithinTimeoutAsync<IReadOnlyList<string>>(async token =>
        {
            var personas = await http.GetFromJsonAsync<PersonaSummary[]>("/api/coach/personas", token) ?? [];
            return [.. personas.Select(persona => persona.Name)];
        }, cancellationToken);

    /// <summary>True when <paramref name="error"/> means the coach did not answer (down, failing or too slow), not that the caller gave up.</summary>
    public static bool IsUnreachable(Exception error, CancellationToken cancellationToken) =>
        error is HttpRequestException || error is OperationCanceledException && !cancellationToken.IsCancellationRequested;

    async Task<T> WithinTimeoutAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.CoachTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        return await call(linked.Token);
    }
}
