using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Runs a planned activity second by second: pace with small wobbles and hills, stops at traffic lights,
/// heart rate that lags effort, rises uphill and drifts upward over long runs, and a GPS track around home
/// (recorded by <see cref="RecordingBuilder"/>). Deterministic: the same activity always yields the same samples.
/// </summary>
internal sealed class ActivitySimulator(Fitness fitness, double homeLatitude, double homeLongitude, int seed)
{
    const int MaxSeconds = 8 * 3600;
    /// <summary>An easy spin, about 27 km/h.</summary>
    public const double RideSpeed = 7.4;

    public Recording Simulate(PlannedActivity activity)
    {
        var random = StableRandom.For(seed, activity.Id, 7);
        var threshold = fitness.ThresholdSpeed(DateOnly.FromDateTime(activity.StartLocal));
        var isRun = activity.IsRun;
        var isStrength = activity.SportType == SportTypes.WeightTraining;
        var scheduled = activity.Scheduled;
        var route = activity.HasGps
            ? new Route(homeLatitude, homeLongitude, activity.Segments.Sum(s => s.ExpectedMeters), random)
            : null;
        var sensors = new WatchSensors(isRun, scheduled.RecordsHeartrate, scheduled.RecordsPower, scheduled.RecordsTemperature);
        var watch = new RecordingBuilder(route, sensors, random, (int)(activity.Segments.Sum(s => s.ExpectedSeconds) * 1.1) + 60);
        var outside = OutsideTemperature(DateOnly.FromDateTime(activity.StartLocal));
        var segmentEnds = new int[activity.Segments.Count];

        var form = random.Between(0.985, 1.015);
        var (meters, speed, wobble, heartrate) = (0.0, 0.0, 0.0, 85.0 + random.Next(12));
        var (second, stopLeft) = (0, 0);

        watch.Add(second, meters, speed, heartrate, moving: true, temperature: outside);
        for (var index = 0; index < activity.Segments.Count; index++)
        {
            var segment = activity.Segments[index];
            var effort = segment.Kind == SegmentKind.Work ? 1 + random.Gaussian() * 0.008 : form;
            var (segmentMeters, segmentSeconds) = (0.0, 0);
            while (second < MaxSeconds && (segment.Meters > 0 ? segmentMeters < segment.Meters && segment.Speed > 0 : segmentSeconds < segment.Seconds))
            {
                second++;
                segmentSeconds++;
                var moving = true;
                if (stopLeft > 0 || (route is not null && segment.MayStop && random.Chance(1 / 700.0)))
                {
                    stopLeft = stopLeft > 0 ? stopLeft - 1 : random.Next(8, 45);
                    speed = 0;
                    moving = false;
                }
                else
                {
                    wobble = 0.9 * wobble + 0.1 * random.Gaussian() * (route is null ? 0.01 : 0.04);
                    var target = segment.Speed * effort * (1 + wobble) * (1 - 0.025 * Math.Clamp(watch.GradePercent, -4, 4));
                    speed += (target - speed) * 0.3;
                }

                meters += speed;
                segmentMeters += speed;

                var steady = isStrength
                    ? (segmentSeconds % 150 < 50 ? 128 : 98)
                    : !moving ? 100
                    : isRun ? Fitness.SteadyHeartrate(threshold, speed * (1 + 0.033 * watch.GradePercent))
                    : 118 + (speed / RideSpeed - 1) * 40;

                // Cardiac drift: about +1 bpm every 10 minutes once the first 20 have passed.
                var drift = isStrength ? 0 : 0.1 * Math.Max(0, second / 60.0 - 20);
                var targetHeartrate = Math.Min(steady + drift, Fitness.MaxHeartrate);
                heartrate += (targetHeartrate - heartrate) / (targetHeartrate > heartrate ? 18 : 35) + random.Noise() * 0.4;
                var watts = sensors.Power && moving ? Watts(speed, random) : 0;
                // On the wrist the watch warms towards skin temperature over the first quarter of an hour.
                var temperature = outside + 6 * (1 - Math.Exp(-second / 600.0));
                watch.Add(second, meters, speed, heartrate, moving, watts, temperature);
            }

            segmentEnds[index] = second;
        }

        return watch.Build(segmentEnds);
    }

    /// <summary>Pedal power: about 62% of FTP at the easy spin, rising steeply with speed; now and then a few seconds of coasting.</summary>
    static double Watts(double speed, Random random) =>
        random.Chance(0.04) ? 0 : Math.Max(0, 0.62 * AthleteGear.Ftp * Math.Pow(speed / RideSpeed, 2.5) + random.Noise() * 18);

    /// <summary>Berlin's air in the day: about 1 °C in January, 20 °C in late July.</summary>
    static double OutsideTemperature(DateOnly date) => 10.5 + 9.5 * Math.Sin(2 * Math.PI * (date.DayOfYear - 115) / 365.25);
}
