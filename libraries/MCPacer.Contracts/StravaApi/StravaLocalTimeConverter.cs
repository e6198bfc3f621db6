using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava writes <c>start_date_local</c> as the wall-clock time in the activity's time zone but with a
/// trailing "Z" ("2026-03-01T07:30:00Z" for 07:30 in Berlin). This reads and writes that quirk so the
/// value stays a plain wall-clock <see cref="DateTime"/> (Kind Unspecified), never shifted by an offset.
/// </summary>
public sealed class StravaLocalTimeConverter : JsonConverter<DateTime>
{
    const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("start_date_local is null.");
        var parsed = DateTime.Parse(text.TrimEnd('Z', 'z'), CultureInfo.InvariantCulture, DateTimeStyles.None);
        return DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
