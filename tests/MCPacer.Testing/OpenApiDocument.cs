using System.Text.Json;

namespace MCPacer.Testing;

/// <summary>A service's OpenAPI document (/openapi/v1.json), read the way a client generator reads it.</summary>
public static class OpenApiDocument
{
    /// <summary>
    /// "GET /api/x" for each operation without an operationId or sharing one with another operation: the ids are the
    /// endpoints' names (the handler's method name, or WithName), and a generated client names its methods after them.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OperationsWithoutUniqueIdAsync(HttpClient client, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct));
        var operations = (
            from path in document.RootElement.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            select (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}",
                Id: operation.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToList();
        if (operations.Count == 0)
        {
            throw new InvalidOperationException("The OpenAPI document lists no operations.");
        }

        var shared = operations.Where(o => !string.IsNullOrEmpty(o.Id)).GroupBy(o => o.Id).Where(g => g.Count() > 1).SelectMany(g => g).Select(o => $"{o.Name} ({o.Id})");
        return [.. operations.Where(o => string.IsNullOrEmpty(o.Id)).Select(o => o.Name).Concat(shared).Distinct()];
    }
}
