using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's ActivityTotal: how many activities, and their summed meters and seconds.</summary>
public sealed record ActivityTotal
{
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("distance")] public double Distance { get; init; }
    [JsonPropertyName("moving_time")] public int MovingTime { get; init; }
    [JsonPropertyName("elapsed_time")] public int ElapsedTime { get; init; }
    [JsonPropertyName("elevation_gain")] public double ElevationGain { get; init; }
    [JsonPropertyName("achievement_count")] public int AchievementCount { get; init; }
}
