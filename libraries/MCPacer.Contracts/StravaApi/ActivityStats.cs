using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's ActivityStats (<c>GET /api/v3/athletes/{id}/stats</c>): totals of the athlete's public ("everyone")
/// activities over the last four weeks, the year to date and all time, per sport, and the biggest ride and climb.
/// </summary>
public sealed record ActivityStats
{
    [JsonPropertyName("biggest_ride_distance")] public double? BiggestRideDistance { get; init; }
    [JsonPropertyName("biggest_climb_elevation_gain")] public double? BiggestClimbElevationGain { get; init; }
    [JsonPropertyName("recent_ride_totals")] public ActivityTotal RecentRideTotals { get; init; } = new();
    [JsonPropertyName("recent_run_totals")] public ActivityTotal RecentRunTotals { get; init; } = new();
    [JsonPropertyName("recent_swim_totals")] public ActivityTotal RecentSwimTotals { get; init; } = new();
    [JsonPropertyName("ytd_ride_totals")] public ActivityTotal YtdRideTotals { get; init; } = new();
    [JsonPropertyName("ytd_run_totals")] public ActivityTotal YtdRunTotals { get; init; } = new();
    [JsonPropertyName("ytd_swim_totals")] public ActivityTotal YtdSwimTotals { get; init; } = new();
    [JsonPropertyName("all_ride_totals")] public ActivityTotal AllRideTotals { get; init; } = new();
    [JsonPropertyName("all_run_totals")] public ActivityTotal AllRunTotals { get; init; } = new();
    [JsonPropertyName("all_swim_totals")] public ActivityTotal AllSwimTotals { get; init; } = new();
}
