using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol;

namespace MCPacer.Mcp.Tools;

/// <summary>
/// Reads a JSON-object argument (updates_json, run_json) into its contract record. A field the record does not
/// have is refused, not dropped, so a typo ("distance" for "distance_km") is a tool error instead of a silent no-op.
/// </summary>
static class JsonArgument
{
    static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static T Parse<T>(string json, string argument, string fields)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Strict)
                   ?? throw new McpException($"'{argument}' must be a JSON object with any of: {fields}.");
        }
        catch (JsonException e)
        {
            var at = e.Path is { Length: > 2 } path ? $" at {path.TrimStart('$', '.')}" : "";
            throw new McpException($"'{argument}' is not usable{at}: {FirstSentence(e.Message)} Its fields are: {fields}.");
        }
    }

    static string FirstSentence(string message) => message.Split(". Path:", 2)[0].TrimEnd('.') + ".";
}
