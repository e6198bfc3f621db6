using System.Globalization;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>
/// Checks a call's arguments against the tool's input schema before it runs, so a missing argument, one the tool does
/// not have (which would be dropped without a word) or text where a number or a date belongs is a tool error naming the
/// argument, not the SDK's bare "An error occurred invoking".
/// </summary>
static class ToolArgumentCheck
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, ct) =>
        {
            if (request.MatchedPrimitive is McpServerTool tool)
            {
                Check(tool.ProtocolTool.InputSchema, request.Params?.Arguments);
            }

            try
            {
                return await next(request, ct);
            }
            catch (Exception e) when (e is ArgumentException or JsonException)
            {
                throw new McpException($"invalid arguments: {e.Message}");
            }
        };

    static void Check(JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (arguments is null || !arguments.ContainsKey(name))
                {
                    throw new McpException($"'{name}' is required.");
                }
            }
        }

        var known = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
        if (arguments?.Keys.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            throw new McpException($"'{unknown}' is not an argument of this tool; it takes {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
        }

        if (arguments is null || known.Count == 0)
        {
            return;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (arguments.TryGetValue(property.Name, out var value) && value.ValueKind != JsonValueKind.Null
                && Problem(property.Value, value) is { } problem)
            {
                throw new McpException($"'{property.Name}' {problem}; it was {value.GetRawText()}.");
            }
        }
    }

    static string? Problem(JsonElement schema, JsonElement value)
    {
        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date")
        {
            return value.ValueKind == JsonValueKind.String
                   && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : "must be a date written yyyy-MM-dd, e.g. 2026-11-25";
        }

        return TypeOf(schema) switch
        {
            "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _) => "must be a whole number",
            "number" when value.ValueKind != JsonValueKind.Number => "must be a number",
            "boolean" when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => "must be true or false",
            "array" when value.ValueKind != JsonValueKind.Array => "must be a list",
            "string" when value.ValueKind != JsonValueKind.String => "must be text",
            _ => null,
        };
    }

    /// <summary>The schema's type, also when it is written as a list with "null" for an optional argument.</summary>
    static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
        : type.GetString();
}
