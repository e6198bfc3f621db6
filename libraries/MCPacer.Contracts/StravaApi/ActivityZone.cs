using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's ActivityZone (<c>GET /api/v3/activities/{id}/zones</c>): the time spent in each heart-rate zone (bpm)
/// or pace zone (m/s) of the activity. Pace zones carry no points or custom_zones, as Strava sends them.
/// </summary>
public sealed record ActivityZone
{
    [JsonPropertyName("score")] public double Score { get; init; }
    [JsonPropertyName("distribution_buckets")] public IReadOnlyList<TimedZoneRange> DistributionBuckets { get; init; } = [];

    /// <summary>"heartrate", "pace" or "power".</summary>
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 3;
    [JsonPropertyName("sensor_based")] public bool SensorBased { get; init; } = true;

    [JsonPropertyName("points"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Points { get; init; }

    [JsonPropertyName("custom_zones"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? CustomZones { get; init; }
}
