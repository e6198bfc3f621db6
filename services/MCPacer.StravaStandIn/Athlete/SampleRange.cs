namespace MCPacer.StravaStandIn.Athlete;

/// <summary>Totals and averages over the samples after <c>Start</c> up to and including <c>End</c>: one lap, one split, or the whole activity.</summary>
internal sealed record SampleRange(Recording Recording, int Start, int End)
{
    public static SampleRange Whole(Recording recording) => new(recording, 0, recording.Count - 1);

    public double Distance => Recording.Distance[End] - Recording.Distance[Start];

    public int ElapsedTime => Recording.Time[End] - Recording.Time[Start];

    public int MovingTime => Count(i => Recording.Moving[i]);

    public double AverageSpeed => MovingTime == 0 ? 0 : Distance / MovingTime;

    public double MaxSpeed => Max(i => Recording.Velocity[i]);

    public double? AverageHeartrate => Recording.Heartrate is { } heartrate ? Average(i => heartrate[i], i => Recording.Moving[i]) : null;

    public double? MaxHeartrate => Recording.Heartrate is { } heartrate ? Max(i => heartrate[i]) : null;

    /// <summary>Over the moving time, coasting included, as Strava averages power.</summary>
    public double? AverageWatts => Recording.Watts is { } watts ? Average(i => watts[i], i => Recording.Moving[i]) : null;

    public double? MaxWatts => Recording.Watts is { } watts ? Max(i => watts[i]) : null;

    /// <summary>The work done, in kilojoules: one sample per second, so the sum of the watts.</summary>
    public double? Kilojoules => Recording.Watts is { } watts ? Sum(i => watts[i]) / 1000 : null;

    /// <summary>Normalised power: the fourth-power mean of the 30-second rolling average.</summary>
    public double? WeightedAverageWatts
    {
        get
        {
            if (Recording.Watts is not { } watts || End - Start < 30)
            {
                return null;
            }

            var (window, sum) = (0.0, 0.0);
            for (var i = Start + 1; i <= End; i++)
            {
                window += watts[i] - (i - 30 > Start ? watts[i - 30] : 0);
                if (i - Start >= 30)
                {
                    sum += Math.Pow(window / 30, 4);
                }
            }

            return Math.Pow(sum / (End - Start - 29), 0.25);
        }
    }

    public double? AverageTemperature => Recording.Temperature is { } temperature ? Average(i => temperature[i], _ => true) : null;

    public double? AverageCadence => Recording.Cadence is { } cadence ? Average(i => cadence[i], i => cadence[i] > 0) : null;

    public double ElevationDifference => Recording.Altitude is { } altitude ? altitude[End] - altitude[Start] : 0;

    public double AverageGrade => Distance > 0 ? ElevationDifference / Distance * 100 : 0;

    /// <summary>Sum of climbs, over a smoothed altitude so that the barometer's noise does not add up.</summary>
    public double ElevationGain
    {
        get
        {
            if (Recording.Altitude is not { } altitude)
            {
                return 0;
            }

            const int window = 10;
            var gain = 0.0;
            for (var i = Start + window; i <= End; i += window)
            {
                gain += Math.Max(0, altitude[i] - altitude[i - window]);
            }

            return gain;
        }
    }

    int Count(Func<int, bool> predicate)
    {
        var count = 0;
        for (var i = Start + 1; i <= End; i++)
        {
            count += predicate(i) ? 1 : 0;
        }

        return count;
    }

    double Sum(Func<int, double> value)
    {
        var sum = 0.0;
        for (var i = Start + 1; i <= End; i++)
        {
            sum += value(i);
        }

        return sum;
    }

    double Max(Func<int, double> value)
    {
        var max = 0.0;
        for (var i = Start; i <= End; i++)
        {
            max = Math.Max(max, value(i));
        }

        return max;
    }

    double Average(Func<int, double> value, Func<int, bool> include)
    {
        var (sum, count) = (0.0, 0);
        for (var i = Start + 1; i <= End; i++)
        {
            if (include(i))
            {
                sum += value(i);
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }
}
