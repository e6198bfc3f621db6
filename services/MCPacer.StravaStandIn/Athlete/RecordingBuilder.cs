namespace MCPacer.StravaStandIn.Athlete;

/// <summary>What the watch records besides time, distance and speed.</summary>
internal readonly record struct WatchSensors(bool Cadence, bool Heartrate, bool Power, bool Temperature);

/// <summary>
/// The watch: takes one sample per second (time, distance, speed, cadence, and heart rate, power and temperature
/// when it has the sensor; with GPS, a slightly noisy position and barometric altitude) and knows the grade of
/// the last few meters run.
/// </summary>
internal sealed class RecordingBuilder(Route? route, WatchSensors sensors, Random random, int capacity)
{
    const double GpsJitterMeters = 1.5;
    const double GradeMeters = 15;

    readonly List<int> _time = new(capacity);
    readonly List<double> _distance = new(capacity);
    readonly List<double> _velocity = new(capacity);
    readonly List<int> _heartrate = new(capacity);
    readonly List<bool> _moving = new(capacity);
    readonly List<int> _cadence = new(capacity);
    readonly List<int> _watts = new(capacity);
    readonly List<int> _temperature = new(capacity);
    readonly List<double> _latitude = new(capacity);
    readonly List<double> _longitude = new(capacity);
    readonly List<double> _altitude = new(capacity);
    readonly List<double> _ground = new(capacity);
    readonly List<double> _grade = new(capacity);
    int _gradeFrom;

    /// <summary>Grade (percent) over the last 15 m or so, from the ground rather than the noisy barometer.</summary>
    public double GradePercent { get; private set; }

    /// <param name="watts">Power at the pedals; recorded only with a power meter.</param>
    /// <param name="temperature">Degrees Celsius at the watch; recorded only by a watch that logs it.</param>
    public void Add(int second, double meters, double speed, double heartrate, bool moving, double watts = 0, double temperature = 0)
    {
        _time.Add(second);
        _distance.Add(meters);
        _velocity.Add(speed);
        _heartrate.Add((int)Math.Round(heartrate));
        _moving.Add(moving);
        _watts.Add((int)Math.Round(watts));
        _temperature.Add((int)Math.Round(temperature));
        _cadence.Add(moving && speed > 0.5 ? (int)Math.Round(72 + 4.5 * speed + random.Noise()) : 0);
        if (route is null)
        {
            return;
        }

        var (x, y) = route.OffsetAt(meters);
        var ground = Route.Altitude(x, y);
        var (lat, lng) = route.ToLatLng(x + random.Noise() * GpsJitterMeters, y + random.Noise() * GpsJitterMeters);
        _latitude.Add(lat);
        _longitude.Add(lng);
        _ground.Add(ground);
        _altitude.Add(ground + random.Noise() * 0.15);

        while (_gradeFrom < _ground.Count - 2 && meters - _distance[_gradeFrom + 1] >= GradeMeters)
        {
            _gradeFrom++;
        }

        var span = meters - _distance[_gradeFrom];
        GradePercent = span >= GradeMeters / 2 ? (ground - _ground[_gradeFrom]) / span * 100 : GradePercent;
        _grade.Add(GradePercent);
    }

    public Recording Build(int[] segmentEnds) => new()
    {
        Time = [.. _time],
        Distance = [.. _distance],
        Velocity = Smooth(_velocity),
        Heartrate = sensors.Heartrate ? [.. _heartrate] : null,
        Moving = [.. _moving],
        Cadence = sensors.Cadence ? [.. _cadence] : null,
        Watts = sensors.Power ? [.. _watts] : null,
        Temperature = sensors.Temperature ? [.. _temperature] : null,
        Latitude = route is null ? null : [.. _latitude],
        Longitude = route is null ? null : [.. _longitude],
        Altitude = route is null ? null : [.. _altitude],
        Grade = route is null ? null : Smooth(_grade),
        SegmentEnds = segmentEnds,
    };

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
