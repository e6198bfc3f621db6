using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's MetaActivity: the activity reference inside a lap.</summary>
public sealed record MetaActivity
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 1;
}
