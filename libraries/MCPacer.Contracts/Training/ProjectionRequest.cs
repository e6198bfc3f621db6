namespace MCPacer.Contracts.Training;

/// <summary>
/// POST /api/strava/training/projection: the planned sessions to carry the athlete's fitness through, up to race day.
/// Sessions on or before today, or after race day, are ignored (today's activities are in the history).
/// </summary>
/// <param name="PlanId">Echoed in the answer: the plan the sessions come from, if any.</param>
public sealed record ProjectionRequest(DateOnly RaceDay, IReadOnlyList<PlannedSession> Sessions, string? PlanId = null);
