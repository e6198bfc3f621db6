using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Plans;

/// <summary>
/// POST /api/plans: a plan skeleton. The service computes the week start dates (week 1 starts on
/// <see cref="StartDate"/>, a Monday, or so that the last week holds the race) and the goal pace.
/// </summary>
public sealed record CreatePlanRequest(
    [property: JsonPropertyName("plan_name")] string PlanName,
    [property: JsonPropertyName("race_date")] DateOnly RaceDate,
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("plan_id")] string? PlanId = null,
    [property: JsonPropertyName("race_name")] string? RaceName = null,
    [property: JsonPropertyName("race_type")] string? RaceType = null,
    [property: JsonPropertyName("distance_km")] double? DistanceKm = null,
    [property: JsonPropertyName("goal_time")] string? GoalTime = null,
    [property: JsonPropertyName("start_date")] DateOnly? StartDate = null,
    [property: JsonPropertyName("notes")] string? Notes = null);

/// <summary>
/// The fields of a run. In an update only the fields given change; in an add, <c>type</c> is required and
/// the run is placed by <c>date</c> or by <c>week_number</c> + <c>day_of_week</c>.
/// </summary>
public sealed record RunFields(
    [property: JsonPropertyName("type")] string? Type = null,
    [property: JsonPropertyName("distance_km")] double? DistanceKm = null,
    [property: JsonPropertyName("target_pace_min_per_km")] string? TargetPaceMinPerKm = null,
    [property: JsonPropertyName("structure")] string? Structure = null,
    [property: JsonPropertyName("description")] string? Description = null,
    [property: JsonPropertyName("duration_minutes")] double? DurationMinutes = null,
    [property: JsonPropertyName("day_of_week")] string? DayOfWeek = null,
    [property: JsonPropertyName("date")] DateOnly? Date = null,
    [property: JsonPropertyName("week_number")] int? WeekNumber = null);

/// <summary>PUT /api/plans/{id}/weeks/{n}: week-level fields; runs change through the run endpoints.</summary>
public sealed record WeekUpdate(
    [property: JsonPropertyName("weekly_focus")] string? WeeklyFocus = null,
    [property: JsonPropertyName("total_planned_distance_km")] double? TotalPlannedDistanceKm = null);

/// <summary>POST /api/plans/{id}/weeks/{n}/comments: kept in the file as a YAML comment above the week.</summary>
public sealed record PlanComment([property: JsonPropertyName("text")] string Text);

/// <summary>PUT /api/plans/active: pins a plan as the active one; a null id unpins (nearest race wins again).</summary>
public sealed record PinPlanRequest([property: JsonPropertyName("plan_id")] string? PlanId);

/// <summary>The active plan: pinned by the runner, or the nearest race on or after today.</summary>
public sealed record ActivePlan(
    [property: JsonPropertyName("plan_id")] string? PlanId,
    [property: JsonPropertyName("pinned")] bool Pinned);
