using System.Globalization;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Shapes an activity as Strava serves it: summary, detail with laps and splits, streams, zones. A recorded
/// activity is shaped from its samples; a manual one (no recording) from what the athlete typed in.
/// </summary>
internal sealed class StravaActivityMapper(long athleteId, TimeZoneInfo timeZone, Fitness fitness, AthleteGear gear)
{
    const double WeightKg = 68;
    const double MetersPerMile = 1609.344;

    public SummaryActivity Summary(PlannedActivity activity, Recording? recording) =>
        recording is null ? FillManual(new SummaryActivity(), activity) : Fill(new SummaryActivity(), activity, recording);

    public DetailedActivity Detail(PlannedActivity activity, Recording? recording)
    {
        if (recording is null)
        {
            var manual = (DetailedActivity)FillManual(new DetailedActivity(), activity);
            return manual with
            {
                Map = manual.Map with { Polyline = "" },
                Description = activity.Scheduled.Description,
                Calories = Calories(activity.SportType, manual.Distance, manual.ElapsedTime),
                Gear = gear.For(activity.SportType),
                AvailableZones = activity.IsRun ? [ActivityZones.Pace] : [],
            };
        }

        var whole = SampleRange.Whole(recording);
        var detail = (DetailedActivity)Fill(new DetailedActivity(), activity, recording);
        return detail with
        {
            Map = detail.Map with { Polyline = Encode(recording, 3) },
            Description = activity.Scheduled.Description,
            DeviceName = activity.SportType == SportTypes.VirtualRun ? "Zwift Run"
                : activity.Scheduled.RecordsTemperature ? BasePhase.OldWatch
                : "Garmin Forerunner 265",
            Calories = detail.Kilojoules ?? Calories(activity.SportType, whole.Distance, whole.ElapsedTime),
            Laps = Laps(activity, recording),
            SplitsMetric = Splits(activity, recording, 1000),
            SplitsStandard = Splits(activity, recording, MetersPerMile),
            Gear = gear.For(activity.SportType),
            AvailableZones = ActivityZones.Available(activity, recording),
        };
    }

    /// <summary>The streams of <paramref name="keys"/> the recording has; the others are left out, as Strava does.</summary>
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
            WattsStream = Stream(StreamSet.Watts, () => recording.Watts),
            TempStream = Stream(StreamSet.Temp, () => recording.Temperature),
            MovingStream = Stream(StreamSet.Moving, () => recording.Moving),
            GradeSmoothStream = Stream(StreamSet.GradeSmooth, () => Round(recording.Grade, 1)),
        };
    }

    SummaryActivity Fill(SummaryActivity empty, PlannedActivity activity, Recording recording)
    {
        var whole = SampleRange.Whole(recording);
        var hasGps = recording.Latitude is not null;
        var uploadId = activity.Id + 1_000_000_000;
        return Common(empty, activity) with
        {
            ExternalId = string.Create(CultureInfo.InvariantCulture, $"{activity.Id}.fit"),
            UploadId = uploadId,
            UploadIdStr = uploadId.ToString(CultureInfo.InvariantCulture),
            Distance = Math.Round(whole.Distance, 1),
            MovingTime = activity.SportType == SportTypes.WeightTraining ? whole.ElapsedTime : whole.MovingTime,
            ElapsedTime = whole.ElapsedTime,
            TotalElevationGain = Math.Round(whole.ElevationGain, 1),
            ElevHigh = recording.Altitude is { } high ? Math.Round(high.Max(), 1) : null,
            ElevLow = recording.Altitude is { } low ? Math.Round(low.Min(), 1) : null,
            StartLatlng = hasGps ? [Math.Round(recording.Latitude![0], 6), Math.Round(recording.Longitude![0], 6)] : [],
            EndLatlng = hasGps ? [Math.Round(recording.Latitude![^1], 6), Math.Round(recording.Longitude![^1], 6)] : [],
            Map = new PolylineMap { Id = $"a{activity.Id}", SummaryPolyline = Encode(recording, 30), ResourceState = 2 },
            AverageSpeed = Math.Round(whole.AverageSpeed, 3),
            MaxSpeed = Math.Round(whole.MaxSpeed, 3),
            AverageCadence = whole.AverageCadence is { } cadence ? Math.Round(cadence, 1) : null,
            HasHeartrate = recording.Heartrate is not null,
            DisplayHideHeartrateOption = recording.Heartrate is not null,
            AverageHeartrate = Round(whole.AverageHeartrate, 1),
            MaxHeartrate = whole.MaxHeartrate,
            AverageWatts = Round(whole.AverageWatts, 1),
            WeightedAverageWatts = whole.WeightedAverageWatts is { } weighted ? (int)Math.Round(weighted) : null,
            MaxWatts = whole.MaxWatts is { } max ? (int)max : null,
            Kilojoules = Round(whole.Kilojoules, 1),
            DeviceWatts = recording.Watts is null ? null : true,
            AverageTemp = Round(whole.AverageTemperature, 0),
        };
    }

    /// <summary>An activity typed in on strava.com: only what the form asks for; no device, map, heart rate or upload.</summary>
    SummaryActivity FillManual(SummaryActivity empty, PlannedActivity activity)
    {
        var (meters, seconds) = (activity.Segments.Sum(s => s.ExpectedMeters), (int)Math.Round(activity.Segments.Sum(s => s.ExpectedSeconds)));
        return Common(empty, activity) with
        {
            Distance = Math.Round(meters, 1),
            MovingTime = seconds,
            ElapsedTime = seconds,
            Map = new PolylineMap { Id = $"a{activity.Id}", SummaryPolyline = "", ResourceState = 2 },
            AverageSpeed = seconds > 0 ? Math.Round(meters / seconds, 3) : 0,
            Manual = true,
        };
    }

    /// <summary>What every activity has, however it came to Strava.</summary>
    SummaryActivity Common(SummaryActivity empty, PlannedActivity activity)
    {
        var random = StableRandom.For((int)(activity.Id % int.MaxValue), athleteId, 8);
        var scheduled = activity.Scheduled;
        return empty with
        {
            Id = activity.Id,
            Athlete = new MetaAthlete { Id = athleteId },
            Name = activity.Name,
            Type = activity.SportType,
            SportType = activity.SportType,
            WorkoutType = activity.WorkoutType,
            StartDate = activity.StartUtc,
            StartDateLocal = activity.StartLocal,
            Timezone = TimezoneLabel(activity.StartUtc),
            UtcOffset = timeZone.GetUtcOffset(activity.StartUtc).TotalSeconds,
            KudosCount = scheduled.Private ? 0 : random.Next(0, 14),
            Trainer = scheduled.Trainer,
            Commute = scheduled.Commute,
            Private = scheduled.Private,
            Visibility = scheduled.Private ? "only_me" : "everyone",
            GearId = gear.For(activity.SportType)?.Id,
        };
    }

    static double Calories(string sportType, double meters, int seconds) => Math.Round(sportType switch
    {
        SportTypes.WeightTraining => seconds / 60.0 * 6,
        SportTypes.Ride => meters / 1000 * 25,
        _ => meters / 1000 * WeightKg * 1.036,
    });

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
                AverageHeartrate = Round(range.AverageHeartrate, 1),
                MaxHeartrate = range.MaxHeartrate,
                LapIndex = laps.Count + 1,
                Split = laps.Count + 1,
                PaceZone = PaceZone(activity, range.AverageSpeed),
                DeviceWatts = recording.Watts is not null,
                AverageWatts = Round(range.AverageWatts, 1),
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
                AverageHeartrate = Round(range.AverageHeartrate, 1),
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

    /// <summary>Strava's six pace zones (<see cref="ActivityZones.PaceZoneTops"/>), relative to the athlete's threshold pace on that day.</summary>
    int? PaceZone(PlannedActivity activity, double speed)
    {
        if (!activity.IsRun)
        {
            return null;
        }

        var relative = speed / fitness.ThresholdSpeed(DateOnly.FromDateTime(activity.StartLocal));
        return ActivityZones.PaceZoneTops.Count(top => relative >= top) + 1;
    }

    string TimezoneLabel(DateTimeOffset at)
    {
        var offset = timeZone.GetUtcOffset(at);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"(GMT{sign}{offset.Duration():hh\\:mm}) {timeZone.Id}";
    }

    /// <summary>Without GPS Strava sends empty polylines, not null ones.</summary>
    static string Encode(Recording recording, int step) =>
        recording.Latitude is { } lat && recording.Longitude is { } lng ? Polyline.Encode(lat, lng, step) : "";

    static double[]? Round(double[]? values, int digits) => values?.Select(v => Math.Round(v, digits)).ToArray();

    static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}
