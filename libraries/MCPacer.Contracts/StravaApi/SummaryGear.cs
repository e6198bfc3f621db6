using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's SummaryGear: a pair of shoes ("g…") or a bike ("b…") and the meters logged with it.</summary>
public sealed record SummaryGear
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("primary")] public bool Primary { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 2;
    [JsonPropertyName("distance")] public double Distance { get; init; }
    [JsonPropertyName("nickname")] public string? Nickname { get; init; }
    [JsonPropertyName("retired")] public bool Retired { get; init; }

    /// <summary>The distance in the athlete's unit (km for "meters", miles for "feet").</summary>
    [JsonPropertyName("converted_distance")] public double ConvertedDistance { get; init; }
}
