using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace MCPacer.Mcp.Benchmarks;

/// <summary>
/// One MCP tool and the same data fetched directly from the service that owns it: the routes the tool's
/// typed client calls (get_run_context makes two calls at once, and so does its direct twin).
/// </summary>
sealed record MeasuredRead(string Tool, string Service, string[] Paths)
{
    public static readonly MeasuredRead[] All =
    [
        new("get_plan_context", "plans", ["/api/plans/context"]),
        new("read_coach_memory", "coach", ["/api/coach/memory"]),
        new("get_run_context", "strava", ["/api/strava/context/runs", "/api/strava/sync"]),
    ];

    public async Task<string?> CallToolAsync(McpClient client)
    {
        var result = await client.CallToolAsync(Tool);
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        return result.IsError is true ? $"tool error: {text}"
            : text.Length == 0 ? "empty tool result"
            : null;
    }

    public async Task<string?> FetchDirectAsync(HttpClient http, Uri service)
    {
        var answers = await Task.WhenAll(Paths.Select(async path =>
        {
            using var response = await http.GetAsync(new Uri(service, path));
            var body = await response.Content.ReadAsStringAsync();
            return !response.IsSuccessStatusCode ? $"{path}: {(int)response.StatusCode}"
                : body.Length == 0 ? $"{path}: empty answer"
                : null;
        }));
        return answers.FirstOrDefault(a => a is not null);
    }
}
