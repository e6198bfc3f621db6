using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// One of Strava's streams (TimeStream, DistanceStream, LatLngStream, ...): the samples of one channel,
/// all streams of an activity having the same length. Keyed by type (key_by_type=true), the key in
/// <see cref="StreamSet"/> names the channel. Read and written by <see cref="StravaStreamConverter"/>.
/// </summary>
[JsonConverter(typeof(StravaStreamConverter))]
public sealed record StravaStream<T>
{
    [JsonPropertyName("data")] public IReadOnlyList<T> Data { get; init; } = [];
    [JsonPropertyName("series_type")] public string SeriesType { get; init; } = "distance";
    [JsonPropertyName("original_size")] public int OriginalSize { get; init; }
    [JsonPropertyName("resolution")] public string Resolution { get; init; } = "high";

    /// <summary>Samples Strava sent as null (or unreadable) and the reader filled in from their neighbours.</summary>
    [JsonIgnore] public int RepairedSamples { get; init; }
}
