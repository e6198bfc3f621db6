using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace MCPacer.StravaStandIn.Api;

/// <summary>
/// A request body as name/value pairs, whichever way the client sent it: a form (urlencoded or multipart) or a
/// flat JSON object (numbers and booleans as their JSON text), as Strava takes both on its writes.
/// </summary>
internal static class RequestBody
{
    /// <summary>The pairs; empty without a body; null when the JSON is malformed or not an object.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return await request.ReadFormAsync(cancellationToken);
        }

        if (!request.HasJsonContentType())
        {
            return FormCollection.Empty;
        }

        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? new FormCollection(json.RootElement.EnumerateObject()
                    .Where(p => p.Value.ValueKind != JsonValueKind.Null)
                    .ToDictionary(p => p.Name, p => new StringValues(Text(p.Value))))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A boolean as Strava reads one: true/false or 1/0; false when the value is absent or not one of those.</summary>
    public static bool TryParseBoolean(string? value, out bool? parsed)
    {
        parsed = value?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "true" or "1" => true,
            "false" or "0" => false,
            _ => (bool?)null,
        };
        return parsed is not null || string.IsNullOrWhiteSpace(value);
    }

    static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
