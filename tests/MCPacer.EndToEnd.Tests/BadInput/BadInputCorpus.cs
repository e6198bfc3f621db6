using System.Text.Json;
using System.Text.RegularExpressions;

namespace MCPacer.EndToEnd.Tests.BadInput;

/// <summary>
/// A bad request to a REST endpoint through the gateway and what its caller must get: <see cref="Status"/> with a
/// problem body whose text contains <see cref="Says"/>. The body is <see cref="Raw"/> as written (broken JSON or
/// YAML) or <see cref="Json"/> serialized; <see cref="ContentType"/> defaults to application/json.
/// </summary>
public sealed record RestCase(string Name, string Method, string Path, int Status, string Says,
    JsonElement? Json = null, string? Raw = null, string? ContentType = null, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>A tool call with bad arguments and a phrase of the tool error the model must get back.</summary>
public sealed record McpCase(string Name, string Tool, JsonElement Arguments, string Says);

/// <summary>
/// The corpus files beside the tests (rest.json, mcp.json). Strings may hold placeholders: {plan} and {activity}
/// (the demo athlete's plan and one of its activities) and {repeat:TEXT:N} (TEXT N times, for over-long values).
/// </summary>
static partial class BadInputCorpus
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<RestCase> Rest { get; } = Load<RestCase>("rest.json", c => c.Name);

    public static IReadOnlyList<McpCase> Mcp { get; } = Load<McpCase>("mcp.json", c => c.Name);

    public static string Expand(string text, IReadOnlyDictionary<string, string> names) =>
        Placeholder().Replace(text, match => match.Groups["repeat"].Success
            ? string.Concat(Enumerable.Repeat(match.Groups["text"].Value, int.Parse(match.Groups["count"].Value)))
            : names[match.Groups["name"].Value]);

    /// <summary>In JSON arguments, "{activity}" stands for the activity id as a number.</summary>
    public static string ExpandJson(string json, IReadOnlyDictionary<string, string> names) =>
        Expand(json.Replace("\"{activity}\"", names["activity"], StringComparison.Ordinal), names);

    /// <summary>What a caller must never see: a stack trace or the name of an exception.</summary>
    public static void AssertNoInternals(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    static IReadOnlyList<T> Load<T>(string file, Func<T, string> name)
    {
        var cases = JsonSerializer.Deserialize<List<T>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BadInput", file)), Options)!;
        return cases.DistinctBy(name).Count() == cases.Count ? cases : throw new InvalidDataException($"{file} names a case twice");
    }

    [GeneratedRegex(@"\{(?:(?<repeat>repeat):(?<text>[^:}]*):(?<count>\d+)|(?<name>plan|activity))\}")]
    private static partial Regex Placeholder();
}
