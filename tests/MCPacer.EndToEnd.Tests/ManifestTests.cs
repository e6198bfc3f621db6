using System.Text.Json;
using System.Text.RegularExpressions;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests;

/// <summary>The committed aspire-manifest.json is exactly what the AppHost publishes, and every reference in it resolves.</summary>
public sealed partial class ManifestTests
{
    static readonly string Committed = Path.Combine(RepositoryRoot.Path, "aspire-manifest.json");

    [Fact]
    public async Task The_committed_manifest_equals_a_fresh_publish()
    {
        // Paths in a manifest are relative to where it is written, so publish beside the committed one.
        var fresh = Path.Combine(RepositoryRoot.Path, $"aspire-manifest.{Guid.NewGuid():N}.json");
        try
        {
            await PublishAsync(fresh);

            Assert.Equal(Normalize(await File.ReadAllTextAsync(Committed, TestContext.Current.CancellationToken)), Normalize(await File.ReadAllTextAsync(fresh, TestContext.Current.CancellationToken)));
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Fact]
    public void Every_resource_binding_and_expression_in_the_manifest_resolves()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Committed));
        var resources = manifest.RootElement.GetProperty("resources");

        Assert.Equal(
            ["access-token", "coach", "dashboard", "gateway", "mcp", "plans", "redis", "redis-password", "strava", "strava-standin", "terminal"],
            resources.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));

        var unresolved = Strings(manifest.RootElement)
            .SelectMany(s => Expression().Matches(s).Select(m => m.Groups[1].Value))
            .Where(expression => !Resolves(resources, expression.Split('.')))
            .Distinct()
            .ToList();
        Assert.Empty(unresolved);
    }

    static bool Resolves(JsonElement resources, string[] path)
    {
        if (!resources.TryGetProperty(path[0], out var node))
        {
            return false;
        }

        // {x.bindings.http.url|host|port|targetPort}: the binding must exist; the rest is filled in at deploy time.
        if (path is [_, "bindings", var binding, ..])
        {
            return node.TryGetProperty("bindings", out var bindings) && bindings.TryGetProperty(binding, out _);
        }

        return path.Skip(1).All(segment => node.TryGetProperty(segment, out node) || segment == "value" && node.TryGetProperty("inputs", out _));
    }

    static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    static async Task PublishAsync(string outputPath)
    {
        var run = await CommandRun.RunAsync("dotnet",
            ["run", "--project", "MCPacer.AppHost", "--no-build", "-c", RepositoryRoot.Configuration,
             "--", "--publisher", "manifest", "--output-path", outputPath],
            TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken, RepositoryRoot.Path);
        Assert.True(run.ExitCode == 0, $"publishing the manifest failed:\n{run.Stdout}\n{run.Stderr}");
    }

    static string Normalize(string json) => json.Replace("\r\n", "\n").Trim();

    [GeneratedRegex(@"\{([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\}")]
    private static partial Regex Expression();
}
