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

    /// <summary>The shoes or bike of <see cref="SummaryActivity.GearId"/>; absent without gear.</summary>
    [JsonPropertyName("gear"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryGear? Gear { get; init; }

    /// <summary>The zones <c>GET /activities/{id}/zones</c> has for it: "heartrate", "pace", "power".</summary>
    [JsonPropertyName("available_zones")] public IReadOnlyList<string> AvailableZones { get; init; } = [];

    /// <summary>The athlete's rating of the effort, 1-10; null when not rated.</summary>
    [JsonPropertyName("perceived_exertion")] public double? PerceivedExertion { get; init; }
    [JsonPropertyName("prefer_perceived_exertion")] public bool? PreferPerceivedExertion { get; init; }

    /// <summary>Muted: kept off the followers' feeds.</summary>
    [JsonPropertyName("hide_from_home")] public bool HideFromHome { get; init; }
}
