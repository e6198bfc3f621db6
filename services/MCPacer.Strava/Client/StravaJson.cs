using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MCPacer.Strava.Client;

/// <summary>
/// How MCPacer reads Strava's JSON: as the web does (camel or snake case by the records' names, numbers in quotes),
/// and a <c>null</c> where a number or a flag belongs as its default. Strava sends such nulls in older and in manual
/// records (<c>from_accepted_tag</c>, <c>max_speed</c>, ...): a record is never refused for one.
/// </summary>
internal static class StravaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters =
        {
            new NullAsDefault<bool>((ref r) => r.GetBoolean()),
            new NullAsDefault<int>((ref r) => r.TokenType == JsonTokenType.String
                ? int.Parse(r.GetString()!, CultureInfo.InvariantCulture)
                : r.TryGetInt32(out var whole) ? whole : (int)Math.Round(r.GetDouble())),
            new NullAsDefault<long>((ref r) => r.TokenType == JsonTokenType.String ? long.Parse(r.GetString()!, CultureInfo.InvariantCulture) : r.GetInt64()),
            new NullAsDefault<double>((ref r) => r.TokenType == JsonTokenType.String ? double.Parse(r.GetString()!, CultureInfo.InvariantCulture) : r.GetDouble()),
        },
    };

    delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    sealed class NullAsDefault<T>(ValueReader<T> read) : JsonConverter<T> where T : struct
    {
        public override bool HandleNull => true;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return reader.TokenType == JsonTokenType.Null ? default : read(ref reader);
            }
            catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException)
            {
                throw new JsonException($"'{typeof(T).Name}' expected, found {reader.TokenType}.", e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value);
    }
}
