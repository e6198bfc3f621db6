namespace MCPacer.Contracts.Training;

/// <summary>How an activity's load was measured (names of MCPacer.Science's methods, on the TSS scale).</summary>
public static class LoadMethods
{
    public const string RunningTss = "rTSS";
    public const string HeartRateTss = "hrTSS";
    public const string SessionRpe = "sessionRPE";
    public const string DurationEstimate = "duration";
}

/// <summary>
/// GET /api/strava/activities/{id}/load: one activity's load in TSS units (an hour at threshold = 100), the method
/// that measured it, and Banister's TRIMP beside it when max and resting heart rate and a heart-rate stream exist.
/// </summary>
/// <param name="Load">TSS units, after the cross-training factor.</param>
/// <param name="Method">One of <see cref="LoadMethods"/>.</param>
/// <param name="Basis">The method in words, with the anchors it used.</param>
/// <param name="Trimp">Banister TRIMP (its own units), or null.</param>
/// <param name="CrossTrainingFactor">The factor applied (1 for runs).</param>
/// <param name="SessionRpe">The session RPE the runner gave (Foster's CR-10, 1 to 10), or null.</param>
public sealed record ActivityTrainingLoad(
    long ActivityId, DateOnly LocalDate, string SportType, string Name, double Load, string Method, string Basis,
    double? Trimp, double CrossTrainingFactor, int? SessionRpe);

/// <summary>One day of the fitness series: load, fitness (CTL), fatigue (ATL), form (TSB), ramp, ACWR and its risk.</summary>
/// <param name="RampRate">CTL change over the last 7 days.</param>
/// <param name="Acwr">Acute:chronic workload ratio (EWMA 7:28); null until 28 days of history exist.</param>
/// <param name="Risk">none, caution (ACWR from 1.3) or high (from 1.5).</param>
public sealed record TrainingLoadDay(
    DateOnly Date, double Load, double Ctl, double Atl, double Tsb, double RampRate, double? Acwr, string Risk);

/// <summary>One Monday-to-Sunday week: load, distance, longest run, Foster's monotony and strain, and ramp flags.</summary>
/// <param name="Flags">Sentences such as "load +14 % over the 3 weeks before" or "long run +22 % over the longest of the 4 weeks before".</param>
public sealed record TrainingLoadWeek(
    DateOnly Monday, double Load, double Km, double LongestRunKm, double? Monotony, double? Strain, IReadOnlyList<string> Flags);

/// <summary>
/// GET /api/strava/training/load: the daily series over [From, To], the weeks they touch, the one-line summary
/// the run context shows, and how many activities each method measured.
/// </summary>
public sealed record TrainingLoadSeries(
    DateOnly From, DateOnly To, IReadOnlyList<TrainingLoadDay> Days, IReadOnlyList<TrainingLoadWeek> Weeks,
    string Summary, IReadOnlyDictionary<string, int> Methods, string Conventions);
