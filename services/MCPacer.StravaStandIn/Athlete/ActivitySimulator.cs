using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Runs a planned activity second by second: pace with small wobbles and hills, stops at traffic lights,
/// heart rate that lags effort and drifts upward over long runs, cadence that follows speed, and a GPS
/// track around home. Deterministic: the same activity always yields the same samples.
/// </summary>
public sealed class ActivitySimulator(Fitness fitness, double homeLatitude, double homeLongitude, int seed)
{
    const int MaxSeconds = 8 * 3600;
    const double GpsJitterMeters = 1.5;
    const double GradeMeters = 15;

    public Recording Simulate(PlannedActivity activity)
    {
        var random = StableRandom.For(seed, activity.Id, 7);
        var threshold = fitness.ThresholdSpeed(DateOnly.FromDateTime(activity.StartLocal));
        var isRun = activity.SportType is SportTypes.Run or SportTypes.VirtualRun or SportTypes.TrailRun;
        var isStrength = activity.SportType == SportTypes.WeightTraining;
        var route = activity.HasGps
            ? new Route(homeLatitude, homeLongitude, activity.Segments.Sum(s => s.ExpectedMeters), random)
            : null;

        var capacity = (int)(activity.Segments.Sum(s => s.ExpectedSeconds) * 1.1) + 60;
        var time = new List<int>(capacity);
        var distance = new List<double>(capacity);
        var velocity = new List<double>(capacity);
        var heartrate = new List<int>(capacity);
        var moving = new List<bool>(capacity);
        var cadence = new List<int>(capacity);
        var (latitude, longitude, altitude, grade) =
            (new List<double>(capacity), new List<double>(capacity), new List<double>(capacity), new List<double>(capacity));
        var terrain = new List<double>(capacity);
        var segmentEnds = new int[activity.Segments.Count];

        var form = random.Between(0.985, 1.015);
        var (meters, speed, wobble, hr, gradePercent) = (0.0, 0.0, 0.0, 85.0 + random.Next(12), 0.0);
        var (second, stopLeft, gradeFrom) = (0, 0, 0);

        void Record(bool isMoving)
        {
            time.Add(second);
            distance.Add(meters);
            velocity.Add(speed);
            heartrate.Add((int)Math.Round(hr));
            moving.Add(isMoving);
            cadence.Add(isMoving && speed > 0.5 ? (int)Math.Round(72 + 4.5 * speed + random.Noise()) : 0);
            if (route is null)
            {
                return;
            }

            var (x, y) = route.OffsetAt(meters);
            var ground = Route.Altitude(x, y);
            var (lat, lng) = route.ToLatLng(x + random.Noise() * GpsJitterMeters, y + random.Noise() * GpsJitterMeters);
            latitude.Add(lat);
            longitude.Add(lng);
            terrain.Add(ground);
            altitude.Add(ground + random.Noise() * 0.15);

            // Grade over the last 15 m or so run, from the ground (not the noisy barometer).
            var last = terrain.Count - 1;
            while (gradeFrom < last - 1 && meters - distance[gradeFrom + 1] >= GradeMeters)
            {
                gradeFrom++;
            }

            var span = meters - distance[gradeFrom];
            gradePercent = span >= GradeMeters / 2 ? (ground - terrain[gradeFrom]) / span * 100 : gradePercent;
            grade.Add(gradePercent);
        }

        Record(true);
        for (var index = 0; index < activity.Segments.Count; index++)
        {
            var segment = activity.Segments[index];
            var effort = segment.Kind == SegmentKind.Work ? 1 + random.Gaussian() * 0.008 : form;
            var (segmentMeters, segmentSeconds) = (0.0, 0);
            while (second < MaxSeconds && (segment.Meters > 0 ? segmentMeters < segment.Meters && segment.Speed > 0 : segmentSeconds < segment.Seconds))
            {
                second++;
                segmentSeconds++;
                var isMoving = true;
                if (stopLeft > 0 || (route is not null && segment.MayStop && random.Chance(1 / 700.0)))
                {
                    stopLeft = stopLeft > 0 ? stopLeft - 1 : random.Next(8, 45);
                    speed = 0;
                    isMoving = false;
                }
                else
                {
                    wobble = 0.9 * wobble + 0.1 * random.Gaussian() * (route is null ? 0.01 : 0.04);
                    var target = segment.Speed * effort * (1 + wobble) * (1 - 0.025 * Math.Clamp(gradePercent, -4, 4));
                    speed += (target - speed) * 0.3;
                }

                meters += speed;
                segmentMeters += speed;

                var steady = isStrength
                    ? (segmentSeconds % 150 < 50 ? 128 : 98)
                    : !isMoving ? 100
                    : isRun ? Fitness.SteadyHeartrate(threshold, speed * (1 + 0.033 * gradePercent))
                    : 118 + (speed / 7.4 - 1) * 40;
                // Cardiac drift: about +1 bpm every 10 minutes once the first 20 have passed.
                var drift = isStrength ? 0 : 0.1 * Math.Max(0, second / 60.0 - 20);
                var targetHeartrate = Math.Min(steady + drift, Fitness.MaxHeartrate);
                hr += (targetHeartrate - hr) / (targetHeartrate > hr ? 18 : 35) + random.Noise() * 0.4;
                Record(isMoving);
            }

            segmentEnds[index] = second;
        }

        return new Recording
        {
            Time = [.. time],
            Distance = [.. distance],
            Velocity = Smooth(velocity),
            Heartrate = [.. heartrate],
            Moving = [.. moving],
            Cadence = isRun ? [.. cadence] : null,
            Latitude = route is null ? null : [.. latitude],
            Longitude = route is null ? null : [.. longitude],
            Altitude = route is null ? null : [.. altitude],
            Grade = route is null ? null : Smooth(grade),
            SegmentEnds = segmentEnds,
        };
    }

    /// <summary>A centred five-second moving average, as Strava smooths velocity and grade.</summary>
    static double[] Smooth(List<double> values)
    {
        var smooth = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var (from, to) = (Math.Max(0, i - 2), Math.Min(values.Count - 1, i + 2));
            var sum = 0.0;
            for (var j = from; j <= to; j++)
            {
                sum += values[j];
            }

            smooth[i] = sum / (to - from + 1);
        }

        return smooth;
    }
}
