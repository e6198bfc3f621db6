using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Plans;

/// <summary>GET /api/plans/{id}/adherence: planned vs actual per week, from the strava service's activities.</summary>
public sealed record PlanAdherence(
    [property: JsonPropertyName("plan_id")] string PlanId,
    [property: JsonPropertyName("as_of")] DateOnly AsOf,
    [property: JsonPropertyName("weeks")] IReadOnlyList<WeekAdherence> Weeks);

/// <summary>
/// One week. <see cref="Compliance"/> is null for weeks that have not started; for the current week it
/// counts only the runs due so far.
/// </summary>
public sealed record WeekAdherence(
    [property: JsonPropertyName("week_number")] int WeekNumber,
    [property: JsonPropertyName("week_start_date")] DateOnly WeekStartDate,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("planned_km")] double PlannedKm,
    [property: JsonPropertyName("actual_km")] double ActualKm,
    [property: JsonPropertyName("planned_runs")] int PlannedRuns,
    [property: JsonPropertyName("actual_runs")] int ActualRuns,
    [property: JsonPropertyName("compliance")] WeekCompliance? Compliance,
    [property: JsonPropertyName("runs")] IReadOnlyList<RunAdherence> Runs);

/// <summary>Each part 0..1: completion (due runs done), duration (distance done vs due), intensity (pace on target); score is their mean.</summary>
public sealed record WeekCompliance(
    [property: JsonPropertyName("completion")] double Completion,
    [property: JsonPropertyName("duration")] double Duration,
    [property: JsonPropertyName("intensity")] double? Intensity,
    [property: JsonPropertyName("score")] double Score);

/// <summary>
/// A planned run and what happened: <c>matched</c> (done that day), <c>moved</c> (done on another day that
/// week), <c>missed</c>, <c>upcoming</c>; or an <c>extra</c> activity nobody planned.
/// </summary>
public sealed record RunAdherence(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("planned")] PlannedRun? Planned,
    [property: JsonPropertyName("actual")] ActualRun? Actual);

public sealed record ActualRun(
    [property: JsonPropertyName("activity_id")] long ActivityId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("distance_km")] double DistanceKm,
    [property: JsonPropertyName("moving_time_s")] int MovingTimeS,
    [property: JsonPropertyName("pace_min_per_km")] string? PaceMinPerKm);

public static class AdherenceStatus
{
    public const string Matched = "matched";
    public const string Moved = "moved";
    public const string Missed = "missed";
    public const string Upcoming = "upcoming";
    public const string Extra = "extra";

    public const string WeekPast = "past";
    public const string WeekCurrent = "current";
    public const string WeekUpcoming = "upcoming";
}
