using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's PolylineMap: Google encoded polylines of the route. Summaries carry only
/// <see cref="SummaryPolyline"/>; a detailed activity also carries the full <see cref="Polyline"/>.
/// Both are null for an activity without GPS (treadmill, weights).
/// </summary>
public sealed record PolylineMap
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("summary_polyline")] public string? SummaryPolyline { get; init; }
    [JsonPropertyName("polyline")] public string? Polyline { get; init; }
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 2;
}
