using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Strava;

/// <summary>
/// One activity as GET /api/strava/activities?after=YYYY-MM-DD&amp;before=YYYY-MM-DD lists it (a JSON array).
/// <see cref="StartDateLocal"/> is the athlete's wall-clock start, as Strava's start_date_local.
/// </summary>
public sealed record ActivitySummary(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sport_type")] string SportType,
    [property: JsonPropertyName("start_date_local")] DateTime StartDateLocal,
    [property: JsonPropertyName("distance_m")] double DistanceM,
    [property: JsonPropertyName("moving_time_s")] int MovingTimeS,
    [property: JsonPropertyName("average_heartrate")] double? AverageHeartrate);
