using MCPacer.Contracts.Strava;
using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Runs;

/// <summary>
/// Splits per mile, from the run's streams (the strava service keeps Strava's per-kilometre splits): the time at
/// each mile is interpolated between samples, moving time counts only the samples marked moving.
/// </summary>
internal static class MileSplits
{
    /// <summary>One split per mile and the last part mile; empty without time and distance streams.</summary>
    public static IReadOnlyList<RunSplit> From(StravaActivityStreams streams)
    {
        if (streams is not { Time: { Count: > 1 } time, Distance: { Count: > 1 } distance } || time.Count != distance.Count)
        {
            return [];
        }

        var splits = new List<RunSplit>();
        var (startIndex, startMetres, movingSeconds) = (0, distance[0], 0.0);
        for (var i = 1; i < distance.Count; i++)
        {
            var step = time[i] - time[i - 1];
            var moving = streams.Moving is not { } flags || i >= flags.Count || flags[i];
            var counted = 0.0; // the share of this step already given to earlier splits
            while (distance[i] >= startMetres + Measures.MetresPerMile && distance[i] > distance[i - 1])
            {
                // The part of this step before the mile boundary belongs to the split that ends there.
                var share = (startMetres + Measures.MetresPerMile - distance[i - 1]) / (distance[i] - distance[i - 1]);
                movingSeconds += moving ? (share - counted) * step : 0;
                splits.Add(Split(splits.Count + 1, streams, startIndex, i, Measures.MetresPerMile, movingSeconds));
                (startIndex, startMetres, movingSeconds, counted) = (i, startMetres + Measures.MetresPerMile, 0, share);
            }

            movingSeconds += moving ? (1 - counted) * step : 0;
        }

        var rest = distance[^1] - startMetres;
        if (rest >= 50)
        {
            splits.Add(Split(splits.Count + 1, streams, startIndex, distance.Count - 1, rest, movingSeconds));
        }

        return splits;
    }

    static RunSplit Split(int number, StravaActivityStreams streams, int from, int to, double metres, double movingSeconds)
    {
        var rates = streams.Heartrate is { } hr ? hr.Skip(from).Take(to - from + 1).Where(r => r > 0).ToList() : [];
        var climb = streams.Altitude is { } altitude && to < altitude.Count ? altitude[to] - altitude[from] : 0;
        return new RunSplit(number, metres / 1000, (int)Math.Round(movingSeconds), null,
            rates.Count > 0 ? rates.Average() : null, climb);
    }
}
