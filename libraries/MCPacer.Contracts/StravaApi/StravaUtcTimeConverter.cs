using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's UTC timestamps: whole seconds with a "Z" ("2026-03-01T06:30:00Z").</summary>
public sealed class StravaUtcTimeConverter : JsonConverter<DateTimeOffset>
{
    const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(
            reader.GetString() ?? throw new JsonException("A Strava timestamp is null."),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal).ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
