namespace MCPacer.Contracts.Strava;

/// <summary>
/// The part of an activity that plan adherence reads, as the strava service lists it at
/// GET /api/strava/activities/range?from=yyyy-MM-dd&amp;to=yyyy-MM-dd (inclusive local dates). The property
/// names are those of the strava service's own activity record, so its JSON reads straight into this.
/// </summary>
public sealed record ActivitySummary(
    long Id,
    string Name,
    string SportType,
    DateOnly LocalDate,
    double DistanceKm,
    int MovingTimeSeconds,
    double? AverageHeartrate);
