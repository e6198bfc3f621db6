using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's Split: one kilometre (splits_metric) or mile (splits_standard) of a run.</summary>
public sealed record Split
{
    [JsonPropertyName("split")] public int Number { get; init; }
    [JsonPropertyName("distance")] public double Distance { get; init; }
    [JsonPropertyName("elapsed_time")] public int ElapsedTime { get; init; }
    [JsonPropertyName("moving_time")] public int MovingTime { get; init; }
    [JsonPropertyName("elevation_difference")] public double ElevationDifference { get; init; }
    [JsonPropertyName("average_speed")] public double AverageSpeed { get; init; }
    [JsonPropertyName("average_grade_adjusted_speed")] public double? AverageGradeAdjustedSpeed { get; init; }
    [JsonPropertyName("average_heartrate")] public double? AverageHeartrate { get; init; }
    [JsonPropertyName("pace_zone")] public int PaceZone { get; init; }
}
