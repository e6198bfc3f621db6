using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The time an activity spent in each heart-rate zone (Strava's defaults: 60, 75, 82 and 89% of max heart rate),
/// pace zone (relative to the day's threshold pace) and power zone (relative to FTP), as <c>/activities/{id}/zones</c>
/// serves it. Scores weigh the hours by zone.
/// </summary>
internal sealed class ActivityZones(Fitness fitness)
{
    public const string Heartrate = "heartrate";
    public const string Pace = "pace";
    public const string Power = "power";

    /// <summary>Where pace zones 1-5 end, as a share of threshold speed; zone 6 is everything faster.</summary>
    public static IReadOnlyList<double> PaceZoneTops { get; } = [0.78, 0.88, 0.95, 1.0, 1.05];

    static readonly double[] HeartrateZoneTops = [0.60, 0.75, 0.82, 0.89];
    static readonly double[] PowerZoneTops = [0.55, 0.75, 0.90, 1.05, 1.20, 1.50];

    /// <summary>Relative-effort points per hour in each heart-rate zone.</summary>
    static readonly double[] EffortPerHour = [12, 24, 45, 100, 120];

    /// <summary>The zone types the activity has, for <see cref="DetailedActivity.AvailableZones"/>.</summary>
    public static IReadOnlyList<string> Available(PlannedActivity activity, Recording recording) =>
        new[] { (recording.Heartrate is not null, Heartrate), (activity.IsRun, Pace), (recording.Watts is not null, Power) }
            .Where(zone => zone.Item1).Select(zone => zone.Item2).ToList();

    /// <summary>The zones of a recorded activity; of a manual run, its whole time in the zone of its average pace.</summary>
    public IReadOnlyList<ActivityZone> For(PlannedActivity activity, Recording? recording, SummaryActivity summary)
    {
        var thresholdSpeed = fitness.ThresholdSpeed(DateOnly.FromDateTime(activity.StartLocal));
        var paceEdges = PaceZoneTops.Select(top => Math.Round(top * thresholdSpeed, 3)).ToArray();
        if (recording is null)
        {
            return activity.IsRun ? [PaceZone(paceEdges, [(summary.AverageSpeed, summary.ElapsedTime)])] : [];
        }

        var seconds = Enumerable.Range(1, recording.Count - 1);
        var zones = new List<ActivityZone>();
        if (recording.Heartrate is { } heartrate)
        {
            var edges = HeartrateZoneTops.Select(top => Math.Round(top * Fitness.MaxHeartrate)).ToArray();
            var buckets = Buckets(edges, seconds.Select(i => ((double)heartrate[i], 1)), step: 1);
            var score = Math.Round(buckets.Select((b, zone) => b.Time / 3600.0 * EffortPerHour[zone]).Sum());
            zones.Add(new ActivityZone
            {
                Type = Heartrate, Score = score, Points = (int)score, CustomZones = false, DistributionBuckets = buckets,
            });
        }

        if (activity.IsRun)
        {
            zones.Add(PaceZone(paceEdges, seconds.Where(i => recording.Moving[i]).Select(i => (recording.Velocity[i], 1))));
        }

        if (recording.Watts is { } watts)
        {
            var edges = PowerZoneTops.Select(top => Math.Round(top * AthleteGear.Ftp)).ToArray();
            var buckets = Buckets(edges, seconds.Select(i => ((double)watts[i], 1)), step: 0);
            zones.Add(new ActivityZone { Type = Power, Score = ZoneHours(buckets), DistributionBuckets = buckets });
        }

        return zones;
    }

    static ActivityZone PaceZone(double[] edges, IEnumerable<(double Speed, int Seconds)> samples)
    {
        var buckets = Buckets(edges, samples, step: 0);
        return new ActivityZone { Type = Pace, Score = ZoneHours(buckets), DistributionBuckets = buckets };
    }

    /// <summary>Hours weighted by zone number (an hour in zone 2 scores 2).</summary>
    static double ZoneHours(IReadOnlyList<TimedZoneRange> buckets) =>
        Math.Round(buckets.Select((b, zone) => b.Time / 3600.0 * (zone + 1)).Sum());

    /// <summary>
    /// Buckets from 0 to each edge and above the last (max -1). Heart-rate buckets start one above the previous
    /// top (<paramref name="step"/> 1: 0-113, 114-141, ...), pace and power buckets at it, as Strava writes them.
    /// </summary>
    static IReadOnlyList<TimedZoneRange> Buckets(double[] edges, IEnumerable<(double Value, int Seconds)> samples, int step)
    {
        var time = new int[edges.Length + 1];
        foreach (var (value, secondsThere) in samples)
        {
            time[edges.Count(edge => value > edge)] += secondsThere;
        }

        return
        [
            .. time.Select((seconds, zone) => new TimedZoneRange
            {
                Min = zone == 0 ? 0 : edges[zone - 1] + step,
                Max = zone == edges.Length ? -1 : edges[zone],
                Time = seconds,
            }),
        ];
    }
}
