namespace MCPacer.Contracts.Training;

/// <summary>One day of a fitness projection: CTL, ATL and TSB, and whether the day is still to come (planned load).</summary>
/// <param name="Load">The day's load: measured for past days, estimated from the plan for projected ones.</param>
/// <param name="Projected">True from the day after the last synced day.</param>
public sealed record ProjectedDay(DateOnly Date, double Load, double Ctl, double Atl, double Tsb, bool Projected);

/// <summary>A projected week of the plan with its planned load, distance and the ramp flags it raises.</summary>
/// <param name="Week">The plan's week number, or null for a week outside the plan.</param>
public sealed record ProjectedWeek(DateOnly Monday, int? Week, double Load, double Km, double LongestRunKm, IReadOnlyList<string> Flags);

/// <summary>
/// GET /api/plans/{id}/projection (and the preview of an edit): the fitness-fatigue curves from the recent history
/// carried through the plan's planned runs to race day.
/// </summary>
/// <param name="Days">History (the last weeks) and the projected days up to race day.</param>
/// <param name="RaceDayForm">TSB on race morning.</param>
/// <param name="RaceDayFitness">CTL on race morning.</param>
/// <param name="TooFast">The projected weeks that ramp too fast, each with its flags.</param>
/// <param name="Basis">How the planned load was estimated and which conventions the curves follow.</param>
public sealed record FitnessProjection(
    string PlanId, DateOnly RaceDay, IReadOnlyList<ProjectedDay> Days, double RaceDayForm, double RaceDayFitness,
    double PeakFitness, DateOnly PeakFitnessDate, IReadOnlyList<ProjectedWeek> Weeks, IReadOnlyList<ProjectedWeek> TooFast,
    string Summary, string Basis);
