using System.Text.Json;
using Aspire.Hosting.Testing;

namespace MCPacer.EndToEnd.Tests.Security;

/// <summary>Every HTTP operation the services declare in their OpenAPI documents, plus the MCP endpoint, with each path parameter filled in.</summary>
static class Endpoints
{
    static readonly string[] ApiServices = ["strava", "plans", "coach", "terminal"];
    static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public sealed record Operation(string Service, string Method, string Path)
    {
        public bool IsWrite => WriteMethods.Contains(Method);

        public override string ToString() => $"{Method} {Path}";
    }

    public static async Task<IReadOnlyList<Operation>> AllAsync(StackFixture stack, CancellationToken ct)
    {
        var operations = new List<Operation> { new("mcp", "POST", "/mcp"), new("mcp", "GET", "/mcp") };
        foreach (var service in ApiServices)
        {
            using var client = new HttpClient { BaseAddress = stack.App.GetEndpoint(service, "http") };
            client.DefaultRequestHeaders.Authorization = new("Bearer", stack.AccessToken);
            using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct));
            operations.AddRange(document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(path =>
                path.Value.EnumerateObject()
                    .Where(operation => operation.Name is "get" or "post" or "put" or "patch" or "delete")
                    .Select(operation => new Operation(service, operation.Name.ToUpperInvariant(), Filled(path.Name)))));
        }

        return operations;
    }

    /// <summary>"/api/plans/{planId}/weeks/{weekNumber}" with "1" for each parameter: a value every route constraint takes.</summary>
    static string Filled(string template) =>
        string.Join('/', template.Split('/').Select(segment => segment.StartsWith('{') ? "1" : segment));
}
