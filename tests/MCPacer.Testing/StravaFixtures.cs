using System.Text.Json.Nodes;
using Xunit;

namespace MCPacer.Testing;

/// <summary>
/// ../shared/strava-fixtures beside the repository: responses real Strava sent, recorded by public client libraries'
/// test suites (its SOURCES.md names each). Tests read them from there; the repository holds none of them. Where the
/// folder is missing the test skips, unless MCPACER_REQUIRE_ALL=1 (as in CI): then it fails.
/// </summary>
public static class StravaFixtures
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "strava-fixtures"));

    public static string ReadText(string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        if (!File.Exists(path))
        {
            var message = $"{path} is missing: Strava's recorded responses are read from ../shared/strava-fixtures beside the repository.";
            if (Environment.GetEnvironmentVariable(RequiredTool.RequireAllVariable) == "1")
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        return File.ReadAllText(path);
    }

    public static JsonNode Read(string relativePath) => JsonNode.Parse(ReadText(relativePath))!;

    /// <summary>The response body, as Strava sent it, of a strava-ruby-client cassette ("client_activity"; converted to JSON one to one).</summary>
    public static string CassetteText(string cassette) =>
        Read($"strava-ruby-client/{cassette}.json")["interactions"]![0]!["response"]!["body"]!.GetValue<string>();

    /// <summary>The response body of a strava-ruby-client cassette, parsed.</summary>
    public static JsonNode Cassette(string cassette) => JsonNode.Parse(CassetteText(cassette))!;

    /// <summary>The example Strava's swagger gives for a response.</summary>
    public static JsonNode SwaggerExample(string path, string method = "get", string status = "200") =>
        Read("stravalib/strava_swagger.json")["paths"]![path]![method]!["responses"]![status]!["examples"]!["application/json"]!;
}
