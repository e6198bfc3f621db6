using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's Lap: one lap of an activity (auto laps per km, or the athlete's own: warmup, reps,
/// recoveries, cooldown). <see cref="StartIndex"/>..<see cref="EndIndex"/> index the activity's streams.
/// </summary>
public sealed record Lap
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 2;
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("activity")] public MetaActivity Activity { get; init; } = new();
    [JsonPropertyName("athlete")] public MetaAthlete Athlete { get; init; } = new();
    [JsonPropertyName("elapsed_time")] public int ElapsedTime { get; init; }
    [JsonPropertyName("moving_time")] public int MovingTime { get; init; }

    [JsonPropertyName("start_date")]
    [JsonConverter(typeof(StravaUtcTimeConverter))]
    public DateTimeOffset StartDate { get; init; }

    [JsonPropertyName("start_date_local")]
    [JsonConverter(typeof(StravaLocalTimeConverter))]
    public DateTime StartDateLocal { get; init; }

    [JsonPropertyName("distance")] public double Distance { get; init; }
    [JsonPropertyName("start_index")] public int StartIndex { get; init; }
    [JsonPropertyName("end_index")] public int EndIndex { get; init; }
    [JsonPropertyName("total_elevation_gain")] public double TotalElevationGain { get; init; }
    [JsonPropertyName("average_speed")] public double AverageSpeed { get; init; }
    [JsonPropertyName("max_speed")] public double MaxSpeed { get; init; }
    [JsonPropertyName("average_cadence")] public double? AverageCadence { get; init; }
    [JsonPropertyName("average_heartrate")] public double? AverageHeartrate { get; init; }
    [JsonPropertyName("max_heartrate")] public double? MaxHeartrate { get; init; }
    [JsonPropertyName("lap_index")] public int LapIndex { get; init; }
    [JsonPropertyName("split")] public int Split { get; init; }
    [JsonPropertyName("pace_zone")] public int? PaceZone { get; init; }
    [JsonPropertyName("device_watts")] public bool DeviceWatts { get; init; }

    [JsonPropertyName("average_watts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? AverageWatts { get; init; }
}
