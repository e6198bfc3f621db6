namespace MCPacer.Contracts.Training;

/// <summary>A predicted race time by Daniels' VDOT, Riegel's formula beside it, and for the marathon the readiness-adjusted time.</summary>
/// <param name="ReadyTime">The VDOT time with the marathon-readiness discount; null except for the marathon of the athlete's own data.</param>
public sealed record PredictedRace(
    string Distance, double Km, int VdotSeconds, string VdotTime, int RiegelSeconds, string RiegelTime, int? ReadySeconds, string? ReadyTime);

/// <summary>Daniels' training paces (per km) at a VDOT.</summary>
public sealed record TrainingPaceSet(double Vdot, string Easy, string Marathon, string Threshold, string Interval, string Repetition);

/// <summary>How much slower than predicted a marathon is likely to be, and why (MCPacer's heuristic over the last 8 to 12 weeks).</summary>
public sealed record MarathonReadinessResult(double Percent, IReadOnlyList<string> Reasons);

/// <summary>
/// GET /api/strava/training/predictions: the VDOT of the best recent effort or race (or of the performance given in
/// calculator mode), the predicted 5k, 10k, half and marathon, readiness and training paces. Vdot is null without data.
/// </summary>
/// <param name="Basis">The performance the VDOT comes from.</param>
public sealed record RacePredictions(
    double? Vdot, string Basis, IReadOnlyList<PredictedRace> Races, MarathonReadinessResult? Readiness, TrainingPaceSet? Paces);
