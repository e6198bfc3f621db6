using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's DetailedActivity, as <c>GET /api/v3/activities/{id}</c> returns it: the summary plus the
/// athlete's description, laps and per-kilometre splits (and <see cref="PolylineMap.Polyline"/> in full).
/// </summary>
public sealed record DetailedActivity : SummaryActivity
{
    public DetailedActivity() => ResourceState = 3;

    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("calories")] public double Calories { get; init; }
    [JsonPropertyName("device_name")] public string? DeviceName { get; init; }
    [JsonPropertyName("embed_token")] public string? EmbedToken { get; init; }
    [JsonPropertyName("laps")] public IReadOnlyList<Lap> Laps { get; init; } = [];
    [JsonPropertyName("splits_metric")] public IReadOnlyList<Split> SplitsMetric { get; init; } = [];
    [JsonPropertyName("splits_standard")] public IReadOnlyList<Split> SplitsStandard { get; init; } = [];
}
