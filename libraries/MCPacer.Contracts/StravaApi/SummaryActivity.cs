using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's SummaryActivity, as <c>GET /api/v3/athlete/activities</c> lists it. Distances in meters,
/// times in seconds, speeds in meters per second; <see cref="StartDateLocal"/> is the wall clock in
/// <see cref="Timezone"/> (e.g. "(GMT+01:00) Europe/Berlin").
/// </summary>
public record SummaryActivity
{
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 2;
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("external_id")] public string? ExternalId { get; init; }
    [JsonPropertyName("upload_id")] public long? UploadId { get; init; }
    [JsonPropertyName("athlete")] public MetaAthlete Athlete { get; init; } = new();
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("distance")] public double Distance { get; init; }
    [JsonPropertyName("moving_time")] public int MovingTime { get; init; }
    [JsonPropertyName("elapsed_time")] public int ElapsedTime { get; init; }
    [JsonPropertyName("total_elevation_gain")] public double TotalElevationGain { get; init; }
    [JsonPropertyName("elev_high")] public double? ElevHigh { get; init; }
    [JsonPropertyName("elev_low")] public double? ElevLow { get; init; }

    /// <summary>Deprecated by Strava in favour of <see cref="SportType"/>, still sent.</summary>
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("sport_type")] public string SportType { get; init; } = "";

    /// <summary>sport_type, else the older type (records from before 2022 carry only type), else Strava's generic Workout.</summary>
    [JsonIgnore]
    public string Sport => !string.IsNullOrEmpty(SportType) ? SportType : !string.IsNullOrEmpty(Type) ? Type : "Workout";

    /// <summary>Strava's run workout_type: 0 default, 1 race, 2 long run, 3 workout.</summary>
    [JsonPropertyName("workout_type")] public int? WorkoutType { get; init; }

    [JsonPropertyName("start_date")]
    [JsonConverter(typeof(StravaUtcTimeConverter))]
    public DateTimeOffset StartDate { get; init; }

    [JsonPropertyName("start_date_local")]
    [JsonConverter(typeof(StravaLocalTimeConverter))]
    public DateTime StartDateLocal { get; init; }

    [JsonPropertyName("timezone")] public string Timezone { get; init; } = "";
    [JsonPropertyName("utc_offset")] public double UtcOffset { get; init; }

    /// <summary>[lat, lng], empty when the activity has no GPS.</summary>
    [JsonPropertyName("start_latlng")] public IReadOnlyList<double> StartLatlng { get; init; } = [];
    [JsonPropertyName("end_latlng")] public IReadOnlyList<double> EndLatlng { get; init; } = [];

    [JsonPropertyName("achievement_count")] public int AchievementCount { get; init; }
    [JsonPropertyName("kudos_count")] public int KudosCount { get; init; }
    [JsonPropertyName("comment_count")] public int CommentCount { get; init; }
    [JsonPropertyName("athlete_count")] public int AthleteCount { get; init; } = 1;
    [JsonPropertyName("photo_count")] public int PhotoCount { get; init; }
    [JsonPropertyName("map")] public PolylineMap Map { get; init; } = new();
    [JsonPropertyName("trainer")] public bool Trainer { get; init; }
    [JsonPropertyName("commute")] public bool Commute { get; init; }
    [JsonPropertyName("manual")] public bool Manual { get; init; }
    [JsonPropertyName("private")] public bool Private { get; init; }
    [JsonPropertyName("visibility")] public string Visibility { get; init; } = "everyone";
    [JsonPropertyName("flagged")] public bool Flagged { get; init; }
    [JsonPropertyName("gear_id")] public string? GearId { get; init; }
    [JsonPropertyName("average_speed")] public double AverageSpeed { get; init; }
    [JsonPropertyName("max_speed")] public double MaxSpeed { get; init; }
    [JsonPropertyName("average_cadence")] public double? AverageCadence { get; init; }
    [JsonPropertyName("has_heartrate")] public bool HasHeartrate { get; init; }
    [JsonPropertyName("average_heartrate")] public double? AverageHeartrate { get; init; }
    [JsonPropertyName("max_heartrate")] public double? MaxHeartrate { get; init; }
    [JsonPropertyName("kilojoules")] public double? Kilojoules { get; init; }
    [JsonPropertyName("average_watts")] public double? AverageWatts { get; init; }
    [JsonPropertyName("device_watts")] public bool? DeviceWatts { get; init; }
    [JsonPropertyName("suffer_score")] public double? SufferScore { get; init; }
    [JsonPropertyName("pr_count")] public int PrCount { get; init; }

    /// <summary>Watts: normalised-power-like (weighted) and the highest; rides with a power meter only.</summary>
    [JsonPropertyName("weighted_average_watts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? WeightedAverageWatts { get; init; }

    [JsonPropertyName("max_watts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxWatts { get; init; }

    /// <summary>Degrees Celsius; only when the device recorded temperature.</summary>
    [JsonPropertyName("average_temp"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? AverageTemp { get; init; }

    [JsonPropertyName("heartrate_opt_out")] public bool HeartrateOptOut { get; init; }
    [JsonPropertyName("display_hide_heartrate_option")] public bool DisplayHideHeartrateOption { get; init; }
    [JsonPropertyName("location_city")] public string? LocationCity { get; init; }
    [JsonPropertyName("location_state")] public string? LocationState { get; init; }
    [JsonPropertyName("location_country")] public string? LocationCountry { get; init; }
    [JsonPropertyName("upload_id_str")] public string? UploadIdStr { get; init; }
    [JsonPropertyName("from_accepted_tag")] public bool FromAcceptedTag { get; init; }
    [JsonPropertyName("total_photo_count")] public int TotalPhotoCount { get; init; }
    [JsonPropertyName("has_kudoed")] public bool HasKudoed { get; init; }
}
