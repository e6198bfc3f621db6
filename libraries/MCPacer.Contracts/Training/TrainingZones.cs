namespace MCPacer.Contracts.Training;

/// <summary>One zone: its number, its range as people read it, and the time spent in it (null for the athlete's zones).</summary>
public sealed record TrainingZoneBand(int Zone, string Range, double Lower, double? Upper, int? Seconds, double? Percent);

/// <summary>Five heart-rate or pace zones with the rule and anchor they come from.</summary>
/// <param name="Measure">heart_rate (bpm) or pace (bounds in m/s, ranges in min/km).</param>
public sealed record TrainingZoneSet(string Measure, string Basis, IReadOnlyList<TrainingZoneBand> Zones);

/// <summary>Friel's efficiency factor (graded metres per minute per beat) and aerobic decoupling (first half against second).</summary>
public sealed record AerobicEfficiencyResult(double EfficiencyFactor, double DecouplingPercent, double MovingMinutes);

/// <summary>
/// GET /api/strava/training/zones (the athlete's zones, no times) and GET /api/strava/activities/{id}/zones (time in
/// each zone, with EF and decoupling for a steady run of 40 minutes or more). Note says what could not be computed.
/// </summary>
public sealed record ZoneReport(long? ActivityId, TrainingZoneSet? HeartRate, TrainingZoneSet? Pace, AerobicEfficiencyResult? Efficiency, string? Note);
