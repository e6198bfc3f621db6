using System.Text.Json;
using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Reads a <see cref="StravaStream{T}"/> as real Strava sends it: samples may be <c>null</c> (Strava's own 2014
/// recordings have nulls in time, distance, latlng, heartrate, altitude, cadence and grade) and integer channels may
/// carry fractions. A missing or unreadable sample is filled in from its neighbours (numbers and points interpolated,
/// flags carried) so that every channel keeps its length and its index alignment with the others; how many were
/// filled is kept in <see cref="StravaStream{T}.RepairedSamples"/>. Writes the stream as Strava does.
/// </summary>
public sealed class StravaStreamConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(StravaStream<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var sample = typeToConvert.GetGenericArguments()[0];
        if (sample == typeof(int)) return new StreamConverter<int>(s => (int)Math.Round(s[0]), Sample.Number, Fill.Interpolate);
        if (sample == typeof(double)) return new StreamConverter<double>(s => s[0], Sample.Number, Fill.Interpolate);
        if (sample == typeof(bool)) return new StreamConverter<bool>(s => s[0] != 0, Sample.Flag, Fill.CarryForward);
        if (sample == typeof(double[])) return new StreamConverter<double[]>(s => s, Sample.Point, Fill.Interpolate);
        throw new NotSupportedException($"No stream samples of type {sample.Name}.");
    }

    enum Sample { Number, Flag, Point }

    /// <summary>How a missing sample between two known ones is filled: a flag has no in-between, so it carries.</summary>
    enum Fill { Interpolate, CarryForward }

    sealed class StreamConverter<T>(Func<double[], T> convert, Sample sample, Fill fill) : JsonConverter<StravaStream<T>>
    {
        public override StravaStream<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            var stream = new StravaStream<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "data" when reader.TokenType == JsonTokenType.StartArray:
                        var samples = ReadSamples(ref reader, sample);
                        var repaired = FillGaps(samples, fill);
                        stream = stream with { Data = [.. samples.Select(s => convert(s!))], RepairedSamples = repaired };
                        break;
                    case "series_type" when reader.TokenType == JsonTokenType.String:
                        stream = stream with { SeriesType = reader.GetString()! };
                        break;
                    case "original_size" when reader.TryGetInt32(out var size):
                        stream = stream with { OriginalSize = size };
                        break;
                    case "resolution" when reader.TokenType == JsonTokenType.String:
                        stream = stream with { Resolution = reader.GetString()! };
                        break;
                    default:
                        SkipValue(ref reader);
                        break;
                }
            }

            return stream;
        }

        public override void Write(Utf8JsonWriter writer, StravaStream<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, value.Data, options);
            writer.WriteString("series_type", value.SeriesType);
            writer.WriteNumber("original_size", value.OriginalSize);
            writer.WriteString("resolution", value.Resolution);
            writer.WriteEndObject();
        }
    }

    /// <summary>Every sample as numbers (a number, a flag as 1 or 0, a point as [lat, lng]); null where it is missing or unreadable.</summary>
    static List<double[]?> ReadSamples(ref Utf8JsonReader reader, Sample sample)
    {
        var samples = new List<double[]?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            samples.Add((sample, reader.TokenType) switch
            {
                (Sample.Number, JsonTokenType.Number) when reader.TryGetDouble(out var number) && double.IsFinite(number) => [number],
                (Sample.Flag, JsonTokenType.True) => [1],
                (Sample.Flag, JsonTokenType.False) => [0],
                (Sample.Point, JsonTokenType.StartArray) => ReadPoint(ref reader),
                _ => null,
            });
            SkipValue(ref reader);
        }

        return samples;
    }

    /// <summary>[latitude, longitude]; null unless exactly two finite numbers. Leaves the reader on the point's end.</summary>
    static double[]? ReadPoint(ref Utf8JsonReader reader)
    {
        var coordinates = new List<double>(2);
        var readable = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var coordinate) && double.IsFinite(coordinate))
            {
                coordinates.Add(coordinate);
            }
            else
            {
                readable = false;
                SkipValue(ref reader);
            }
        }

        return readable && coordinates.Count == 2 ? [.. coordinates] : null;
    }

    /// <summary>
    /// Fills each run of missing samples between two known ones as <paramref name="fill"/> says, and a run at either
    /// end with the nearest known sample; a channel with no known sample becomes empty. Returns how many were filled.
    /// </summary>
    static int FillGaps(List<double[]?> samples, Fill fill)
    {
        var missing = samples.Count(s => s is null);
        if (missing == 0)
        {
            return 0;
        }

        if (missing == samples.Count)
        {
            samples.Clear();
            return missing;
        }

        var previous = -1;
        for (var i = 0; i <= samples.Count; i++)
        {
            if (i < samples.Count && samples[i] is null)
            {
                continue;
            }

            for (var gap = previous + 1; gap < i; gap++)
            {
                samples[gap] = previous < 0 ? samples[i]
                    : i == samples.Count ? samples[previous]
                    : fill == Fill.CarryForward ? samples[previous]
                    : Between(samples[previous]!, samples[i]!, (gap - previous) / (double)(i - previous));
            }

            previous = i;
        }

        return missing;
    }

    /// <summary>Skips the value the reader is on (a no-op on a number or an end token); the value is always whole here.</summary>
    static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("A Strava stream ended in the middle of a value.");
        }
    }

    static double[] Between(double[] from, double[] to, double share) =>
        [.. from.Select((value, i) => value + (to[i] - value) * share)];

    static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"A Strava stream is a JSON object; found {reader.TokenType}.");
        }
    }
}
