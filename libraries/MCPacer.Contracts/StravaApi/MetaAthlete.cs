using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's MetaAthlete: the owner reference inside an activity or a lap.</summary>
public sealed record MetaAthlete
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 1;
}
