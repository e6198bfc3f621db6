using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's TimedZoneRange: one zone, <see cref="Min"/> to <see cref="Max"/> (-1: no upper bound), and the seconds spent in it.</summary>
public sealed record TimedZoneRange
{
    [JsonPropertyName("min")] public double Min { get; init; }
    [JsonPropertyName("max")] public double Max { get; init; }
    [JsonPropertyName("time")] public int Time { get; init; }
}
