using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Plans;

/// <summary>A plan file's problem, named by file, line, column and field, as the API and the dashboard show it.</summary>
public sealed record PlanProblem(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("message")] string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column} {Field}: {Message}";
}

/// <summary>One row of GET /api/plans: enough to choose a plan, with broken plans listed and their problems named.</summary>
public sealed record PlanSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("plan_name")] string? PlanName,
    [property: JsonPropertyName("race_name")] string? RaceName,
    [property: JsonPropertyName("race_date")] DateOnly? RaceDate,
    [property: JsonPropertyName("goal_time")] string? GoalTime,
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("pinned")] bool Pinned,
    [property: JsonPropertyName("revision")] string Revision,
    [property: JsonPropertyName("broken")] bool Broken,
    [property: JsonPropertyName("problems")] IReadOnlyList<PlanProblem> Problems);

/// <summary>A whole plan as JSON (GET /api/plans/{id}); the YAML file stays the source of truth.</summary>
public sealed record TrainingPlan(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("revision")] string Revision,
    [property: JsonPropertyName("plan_name")] string? PlanName,
    [property: JsonPropertyName("goal_race")] GoalRace? GoalRace,
    [property: JsonPropertyName("plan_start_date")] DateOnly? PlanStartDate,
    [property: JsonPropertyName("notes")] string? Notes,
    [property: JsonPropertyName("weeks")] IReadOnlyList<PlanWeek> Weeks,
    [property: JsonPropertyName("broken")] bool Broken,
    [property: JsonPropertyName("problems")] IReadOnlyList<PlanProblem> Problems);

public sealed record GoalRace(
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("race_type")] string? RaceType,
    [property: JsonPropertyName("distance_km")] double? DistanceKm,
    [property: JsonPropertyName("goal_time")] string? GoalTime,
    [property: JsonPropertyName("goal_pace_min_per_km")] string? GoalPaceMinPerKm,
    [property: JsonPropertyName("race_name")] string? RaceName);

/// <summary>A plan week; <see cref="Comments"/> are the YAML comments written above or beside the week.</summary>
public sealed record PlanWeek(
    [property: JsonPropertyName("week_number")] int WeekNumber,
    [property: JsonPropertyName("week_start_date")] DateOnly? WeekStartDate,
    [property: JsonPropertyName("total_planned_distance_km")] double? TotalPlannedDistanceKm,
    [property: JsonPropertyName("weekly_focus")] string? WeeklyFocus,
    [property: JsonPropertyName("comments")] IReadOnlyList<string> Comments,
    [property: JsonPropertyName("runs")] IReadOnlyList<PlannedRun> Runs);

/// <summary>
/// A prescribed session. <see cref="Date"/> is derived (week start + day) and, with <see cref="Index"/>
/// (0 for the first run that day, 1 for the second), addresses the run in the API.
/// </summary>
public sealed record PlannedRun(
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("day_of_week")] string? DayOfWeek,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("distance_km")] double? DistanceKm,
    [property: JsonPropertyName("target_pace_min_per_km")] string? TargetPaceMinPerKm,
    [property: JsonPropertyName("structure")] string? Structure,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("duration_minutes")] double? DurationMinutes);
