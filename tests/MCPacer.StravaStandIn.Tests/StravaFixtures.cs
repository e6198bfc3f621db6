using System.Text.Json.Nodes;
using MCPacer.Testing;

namespace MCPacer.StravaStandIn.Tests;

/// <summary>Real Strava responses and Strava's swagger, recorded by public client libraries (../shared/strava-fixtures, see its SOURCES.md).</summary>
public static class StravaFixtures
{
    static readonly string Root = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "strava-fixtures"));

    public static JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, file)))!;

    /// <summary>The response body of the first interaction of a strava-ruby-client cassette, parsed.</summary>
    public static JsonNode CassetteBody(string cassette) =>
        JsonNode.Parse((string)Read($"strava-ruby-client/{cassette}.json")["interactions"]![0]!["response"]!["body"]!)!;

    /// <summary>The example Strava's swagger gives for a response.</summary>
    public static JsonNode SwaggerExample(string path, string method = "get", string status = "200") =>
        Read("stravalib/strava_swagger.json")["paths"]![path]![method]!["responses"]![status]!["examples"]!["application/json"]!;
}
