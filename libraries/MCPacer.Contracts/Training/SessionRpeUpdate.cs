namespace MCPacer.Contracts.Training;

/// <summary>
/// PUT /api/strava/activities/{id}/rpe: how hard the runner felt the session, Foster's CR-10 (1 very easy to 10
/// maximal); null clears it. Answered with the activity's load computed again.
/// </summary>
public sealed record SessionRpeUpdate(int? Rpe);
