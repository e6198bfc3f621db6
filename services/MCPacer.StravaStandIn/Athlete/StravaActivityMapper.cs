using System.Globalization;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>Shapes a simulated activity as Strava serves it: summary, detail with laps and splits, streams.</summary>
public sealed class StravaActivityMapper(long athleteId, TimeZoneInfo timeZone, Fitness fitness)
{
    const double WeightKg = 68;
    const double MetersPerMile = 1609.344;

    public SummaryActivity Summary(PlannedActivity activity, Recording recording) => Fill(new SummaryActivity(), activity, recording);

    public DetailedActivity Detail(PlannedActivity activity, Recording recording)
    {
        var whole = SampleRange.Whole(recording);
        var detail = (DetailedActivity)Fill(new DetailedActivity(), activity, recording);
        return detail with
        {
            Map = detail.Map with { Polyline = Encode(recording, 3) },
            Description = activity.Scheduled.Description,
            DeviceName = activity.SportType == SportTypes.VirtualRun ? "Zwift Run" : "Garmin Forerunner 265",
            Calories = Math.Round(activity.SportType switch
            {
                SportTypes.WeightTraining => whole.ElapsedTime / 60.0 * 6,
                SportTypes.Ride => whole.Distance / 1000 * 25,
                _ => whole.Distance / 1000 * WeightKg * 1.036,
            }),
            Laps = Laps(activity, recording),
            SplitsMetric = Splits(activity, recording, 1000),
            SplitsStandard = Splits(activity, recording, MetersPerMile),
        };
    }

    public StreamSet Streams(Recording recording, IReadOnlySet<string> keys)
    {
        var size = recording.Count;
        StravaStream<T>? Stream<T>(string key, Func<T[]?> data) =>
            keys.Contains(key) && data() is { } values
                ? new StravaStream<T> { Data = values, OriginalSize = size, SeriesType = StreamSet.Distance, Resolution = "high" }
                : null;

        return new StreamSet
        {
            TimeStream = Stream(StreamSet.Time, () => recording.Time),
            DistanceStream = Stream(StreamSet.Distance, () => Round(recording.Distance, 1)),
            LatLngStream = Stream<double[]>(StreamSet.LatLng, () => recording.Latitude is { } lat && recording.Longitude is { } lng
                ? [.. lat.Select((l, i) => new[] { Math.Round(l, 6), Math.Round(lng[i], 6) })]
                : null),
            AltitudeStream = Stream(StreamSet.Altitude, () => Round(recording.Altitude, 1)),
            VelocitySmoothStream = Stream(StreamSet.VelocitySmooth, () => Round(recording.Velocity, 3)),
            HeartrateStream = Stream(StreamSet.Heartrate, () => recording.Heartrate),
            CadenceStream = Stream(StreamSet.Cadence, () => recording.Cadence),
            MovingStream = Stream(StreamSet.Moving, () => recording.Moving),
            GradeSmoothStream = Stream(StreamSet.GradeSmooth, () => Round(recording.Grade, 1)),
        };
    }

    SummaryActivity Fill(SummaryActivity empty, PlannedActivity activity, Recording recording)
    {
        var whole = SampleRange.Whole(recording);
        var random = StableRandom.For((int)(activity.Id % int.MaxValue), athleteId, 8);
        var hasGps = recording.Latitude is not null;
        return empty with
        {
            Id = activity.Id,
            ExternalId = string.Create(CultureInfo.InvariantCulture, $"{activity.Id}.fit"),
            UploadId = activity.Id + 1_000_000_000,
            Athlete = new MetaAthlete { Id = athleteId },
            Name = activity.Name,
            Distance = Math.Round(whole.Distance, 1),
            MovingTime = activity.SportType == SportTypes.WeightTraining ? whole.ElapsedTime : whole.MovingTime,
            ElapsedTime = whole.ElapsedTime,
            TotalElevationGain = Math.Round(whole.ElevationGain, 1),
            ElevHigh = recording.Altitude is { } high ? Math.Round(high.Max(), 1) : null,
            ElevLow = recording.Altitude is { } low ? Math.Round(low.Min(), 1) : null,
            Type = activity.SportType,
            SportType = activity.SportType,
            WorkoutType = activity.WorkoutType,
            StartDate = activity.StartUtc,
            StartDateLocal = activity.StartLocal,
            Timezone = TimezoneLabel(activity.StartUtc),
            UtcOffset = timeZone.GetUtcOffset(activity.StartUtc).TotalSeconds,
            StartLatlng = hasGps ? [Math.Round(recording.Latitude![0], 6), Math.Round(recording.Longitude![0], 6)] : [],
            EndLatlng = hasGps ? [Math.Round(recording.Latitude![^1], 6), Math.Round(recording.Longitude![^1], 6)] : [],
            KudosCount = activity.Scheduled.Private ? 0 : random.Next(0, 14),
            Map = new PolylineMap { Id = $"a{activity.Id}", SummaryPolyline = Encode(recording, 30), ResourceState = 2 },
            Trainer = activity.Scheduled.Trainer,
            Private = activity.Scheduled.Private,
            Visibility = activity.Scheduled.Private ? "only_me" : "everyone",
            GearId = activity.SportType is SportTypes.Run or SportTypes.VirtualRun ? "g1042" : null,
            AverageSpeed = Math.Round(whole.AverageSpeed, 3),
            MaxSpeed = Math.Round(whole.MaxSpeed, 3),
            AverageCadence = whole.AverageCadence is { } cadence ? Math.Round(cadence, 1) : null,
            HasHeartrate = true,
            AverageHeartrate = Math.Round(whole.AverageHeartrate, 1),
            MaxHeartrate = whole.MaxHeartrate,
        };
    }

    IReadOnlyList<Lap> Laps(PlannedActivity activity, Recording recording)
    {
        IEnumerable<int> ends = activity.LapsPerSegment ? recording.SegmentEnds : KilometreEnds(recording, 1000);
        var laps = new List<Lap>();
        var start = 0;
        foreach (var end in ends.Where(e => e > 0).Append(recording.Count - 1).Distinct())
        {
            if (end <= start)
            {
                continue;
            }

            var range = new SampleRange(recording, start, end);
            var startUtc = activity.StartUtc.AddSeconds(recording.Time[start]);
            laps.Add(new Lap
            {
                Id = activity.Id * 1000 + laps.Count + 1,
                Name = $"Lap {laps.Count + 1}",
                Activity = new MetaActivity { Id = activity.Id },
                Athlete = new MetaAthlete { Id = athleteId },
                ElapsedTime = range.ElapsedTime,
                MovingTime = range.MovingTime,
                StartDate = startUtc,
                StartDateLocal = activity.StartLocal.AddSeconds(recording.Time[start]),
                Distance = Math.Round(range.Distance, 1),
                StartIndex = start,
                EndIndex = end,
                TotalElevationGain = Math.Round(range.ElevationGain, 1),
                AverageSpeed = Math.Round(range.AverageSpeed, 3),
                MaxSpeed = Math.Round(range.MaxSpeed, 3),
                AverageCadence = range.AverageCadence is { } cadence ? Math.Round(cadence, 1) : null,
                AverageHeartrate = Math.Round(range.AverageHeartrate, 1),
                MaxHeartrate = range.MaxHeartrate,
                LapIndex = laps.Count + 1,
                Split = laps.Count + 1,
                PaceZone = PaceZone(activity, range.AverageSpeed),
            });
            start = end;
        }

        return laps;
    }

    IReadOnlyList<Split> Splits(PlannedActivity activity, Recording recording, double splitMeters)
    {
        if (recording.Distance[^1] < 10)
        {
            return [];
        }

        var splits = new List<Split>();
        var start = 0;
        foreach (var end in KilometreEnds(recording, splitMeters).Append(recording.Count - 1).Distinct())
        {
            var range = new SampleRange(recording, start, end);
            if (end <= start || range.Distance < 10)
            {
                continue;
            }

            splits.Add(new Split
            {
                Number = splits.Count + 1,
                Distance = Math.Round(range.Distance, 1),
                ElapsedTime = range.ElapsedTime,
                MovingTime = range.MovingTime,
                ElevationDifference = Math.Round(range.ElevationDifference, 1),
                AverageSpeed = Math.Round(range.AverageSpeed, 2),
                AverageGradeAdjustedSpeed = Math.Round(range.AverageSpeed * (1 + 0.033 * range.AverageGrade), 2),
                AverageHeartrate = Math.Round(range.AverageHeartrate, 1),
                PaceZone = PaceZone(activity, range.AverageSpeed) ?? 0,
            });
            start = end;
        }

        return splits;
    }

    /// <summary>The sample indices where each full <paramref name="every"/> meters is reached.</summary>
    static IEnumerable<int> KilometreEnds(Recording recording, double every)
    {
        var next = every;
        for (var i = 1; i < recording.Count; i++)
        {
            if (recording.Distance[i] >= next)
            {
                yield return i;
                next += every;
            }
        }
    }

    /// <summary>Strava's six pace zones, relative to the athlete's threshold pace on that day.</summary>
    int? PaceZone(PlannedActivity activity, double speed)
    {
        if (activity.SportType is not (SportTypes.Run or SportTypes.VirtualRun or SportTypes.TrailRun))
        {
            return null;
        }

        var relative = speed / fitness.ThresholdSpeed(DateOnly.FromDateTime(activity.StartLocal));
        return relative switch { < 0.78 => 1, < 0.88 => 2, < 0.95 => 3, < 1.0 => 4, < 1.05 => 5, _ => 6 };
    }

    string TimezoneLabel(DateTimeOffset at)
    {
        var offset = timeZone.GetUtcOffset(at);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"(GMT{sign}{offset.Duration():hh\\:mm}) {timeZone.Id}";
    }

    static string? Encode(Recording recording, int step) =>
        recording.Latitude is { } lat && recording.Longitude is { } lng ? Polyline.Encode(lat, lng, step) : null;

    static double[]? Round(double[]? values, int digits) => values?.Select(v => Math.Round(v, digits)).ToArray();
}
