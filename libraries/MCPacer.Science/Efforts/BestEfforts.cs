namespace MCPacer.Science.Efforts;

/// <summary>The fastest stretch of one distance inside an activity.</summary>
/// <param name="Distance">The distance.</param>
/// <param name="Seconds">Elapsed time over it (pauses inside the stretch count, as on a race clock).</param>
/// <param name="StartSeconds">Time stream value where the stretch starts (interpolated).</param>
public readonly record struct BestEffort(RaceDistance Distance, double Seconds, double StartSeconds);

/// <summary>
/// Fastest contiguous stretches of standard distances from an activity's distance and time streams, by two
/// pointers over the samples (linear in the stream length) with the stretch's boundary interpolated between
/// samples at constant speed. Pauses (time jumps at the same distance) stay inside a stretch as elapsed time, so
/// they can only slow it; a segment implying more than <see cref="MaxMetersPerSecond"/>, a backwards distance or a
/// distance jump with no time (GPS glitches) splits the stream, and no stretch crosses it.
/// </summary>
public static class BestEfforts
{
    /// <summary>Faster than any human over 400 m or more (Bolt's top speed was about 12.4 m/s over 10 m).</summary>
    public const double MaxMetersPerSecond = 12;

    /// <summary>The best effort over each of <see cref="RaceDistances.BestEfforts"/> the activity covers.</summary>
    public static IReadOnlyList<BestEffort> All(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> distanceMeters)
    {
        var efforts = new List<BestEffort>();
        foreach (var distance in RaceDistances.BestEfforts)
        {
            if (Fastest(timeSeconds, distanceMeters, distance) is { } effort)
            {
                efforts.Add(effort);
            }
        }

        return efforts;
    }

    /// <summary>The fastest stretch of <paramref name="distance"/>, or null when no clean piece of the stream is that long.</summary>
    public static BestEffort? Fastest(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> distanceMeters, RaceDistance distance)
    {
        BestEffort? best = null;
        var pieceStart = 0;
        for (var i = 1; i <= timeSeconds.Length; i++)
        {
            if (i == timeSeconds.Length || IsGlitch(timeSeconds, distanceMeters, i))
            {
                var piece = FastestIn(timeSeconds[pieceStart..i], distanceMeters[pieceStart..i], distance.Meters);
                if (piece is var (seconds, start) && (best is null || seconds < best.Value.Seconds))
                {
                    best = new BestEffort(distance, seconds, start);
                }

                pieceStart = i;
            }
        }

        return best;
    }

    static bool IsGlitch(ReadOnlySpan<double> time, ReadOnlySpan<double> distance, int i)
    {
        var meters = distance[i] - distance[i - 1];
        var seconds = time[i] - time[i - 1];
        return meters < 0 || seconds < 0 || (meters > 0 && meters > seconds * MaxMetersPerSecond);
    }

    // The time over a fixed distance, as a function of where the stretch starts, is piecewise linear between
    // samples, so its minimum has one end on a sample: try every sample as the end (start interpolated) and as the
    // start (end interpolated).
    static (double Seconds, double Start)? FastestIn(ReadOnlySpan<double> t, ReadOnlySpan<double> d, double meters)
    {
        if (d.Length < 2 || d[^1] - d[0] < meters)
        {
            return null;
        }

        var best = (Seconds: double.MaxValue, Start: 0.0);
        var start = 0;
        for (var end = 1; end < d.Length; end++)
        {
            if (d[end] - d[0] < meters)
            {
                continue;
            }

            while (d[end] - d[start + 1] >= meters)
            {
                start++;
            }

            var startTime = TimeAt(t, d, start, d[end] - meters);
            best = t[end] - startTime < best.Seconds ? (t[end] - startTime, startTime) : best;
        }

        var finish = 1;
        for (start = 0; d[^1] - d[start] >= meters; start++)
        {
            while (d[finish] - d[start] < meters)
            {
                finish++;
            }

            var endTime = TimeAt(t, d, finish - 1, d[start] + meters);
            best = endTime - t[start] < best.Seconds ? (endTime - t[start], t[start]) : best;
        }

        return best;
    }

    // Time at distance `at`, which lies between samples `before` and `before + 1`.
    static double TimeAt(ReadOnlySpan<double> t, ReadOnlySpan<double> d, int before, double at)
    {
        var span = d[before + 1] - d[before];
        return span <= 0 ? t[before] : t[before] + (t[before + 1] - t[before]) * (at - d[before]) / span;
    }
}
