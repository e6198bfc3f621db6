namespace MCPacer.Contracts.Strava;

/// <summary>Sport families: Run, TrailRun, VirtualRun and treadmill runs count as running, the rest as cross-training.</summary>
public static class SportFamilies
{
    public const string Running = "running";
    public const string CrossTraining = "cross_training";
}

/// <summary>One synced activity, in units people read (km, seconds, min/km) and the athlete's local date.</summary>
public sealed record StravaActivity(
    long Id,
    string Name,
    string SportType,
    string Family,
    bool Treadmill,
    DateTimeOffset StartUtc,
    DateTime StartLocal,
    DateOnly LocalDate,
    string? TimeZone,
    double DistanceKm,
    int MovingTimeSeconds,
    int ElapsedTimeSeconds,
    string? Pace,
    double ElevationGainM,
    double? AverageHeartrate,
    double? MaxHeartrate,
    double? AverageCadence,
    int? WorkoutType,
    bool HasDetail,
    bool HasStreams,
    string? Digest);

/// <summary>GET /api/strava/activities: a page of activities, newest first.</summary>
public sealed record StravaActivityPage(IReadOnlyList<StravaActivity> Items, int Page, int PerPage, int Total);

/// <summary>A lap of a run with the figures a coach reads.</summary>
public sealed record RunLap(
    int Index, string Name, double DistanceKm, int MovingTimeSeconds, string? Pace,
    double? AverageHeartrate, double? MaxHeartrate, double ElevationGainM, double? AverageCadence);

/// <summary>One kilometre split.</summary>
public sealed record RunSplit(int Km, double DistanceKm, int MovingTimeSeconds, string? Pace, double? AverageHeartrate, double ElevationDifferenceM);

/// <summary>A coach's note on a run, kept locally.</summary>
public sealed record RunNote(DateTimeOffset At, string Text);

/// <summary>
/// GET /api/strava/activities/{id}/detail: everything about one run, as JSON and as compact text. Description is
/// the Strava description as it stands; AthleteDescription the athlete's part of it and CoachFeedback the coach's
/// block posted below the marker line, if any.
/// </summary>
public sealed record RunDetail(
    StravaActivity Activity,
    string? Description,
    IReadOnlyList<RunLap> Laps,
    IReadOnlyList<RunSplit> Splits,
    IReadOnlyList<RunNote> Notes,
    string? Polyline,
    string Text,
    string? AthleteDescription = null,
    string? CoachFeedback = null);

/// <summary>
/// GET /api/strava/activities/{id}/streams: the samples, downsampled to at most max_points; a channel the
/// activity lacks is null. Note says what was odd: no streams on Strava (and why), or samples Strava sent empty
/// that were filled in from their neighbours.
/// </summary>
public sealed record StravaActivityStreams(
    long ActivityId,
    int OriginalPoints,
    int Points,
    IReadOnlyList<int>? Time,
    IReadOnlyList<double>? Distance,
    IReadOnlyList<double[]>? LatLng,
    IReadOnlyList<double>? Altitude,
    IReadOnlyList<int>? Heartrate,
    IReadOnlyList<int>? Cadence,
    IReadOnlyList<double>? VelocitySmooth,
    IReadOnlyList<double>? GradeSmooth,
    IReadOnlyList<bool>? Moving,
    IReadOnlyList<int>? Watts = null,
    IReadOnlyList<int>? Temp = null,
    string? Note = null);
