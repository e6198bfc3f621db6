using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.Strava.Context;

/// <summary>Picks evenly spaced samples (first and last kept) so a chart or a model gets at most max_points.</summary>
public static class StreamDownsampler
{
    public static StravaActivityStreams Downsample(long activityId, StreamSet streams, int maxPoints)
    {
        var length = new[]
        {
            streams.TimeStream?.Data.Count, streams.DistanceStream?.Data.Count, streams.LatLngStream?.Data.Count,
            streams.AltitudeStream?.Data.Count, streams.HeartrateStream?.Data.Count,
        }.Max() ?? 0;
        var indexes = Indexes(length, maxPoints);
        return new StravaActivityStreams(activityId, length, indexes.Count,
            Pick(streams.TimeStream?.Data, indexes), Pick(streams.DistanceStream?.Data, indexes), Pick(streams.LatLngStream?.Data, indexes),
            Pick(streams.AltitudeStream?.Data, indexes), Pick(streams.HeartrateStream?.Data, indexes), Pick(streams.CadenceStream?.Data, indexes),
            Pick(streams.VelocitySmoothStream?.Data, indexes), Pick(streams.GradeSmoothStream?.Data, indexes), Pick(streams.MovingStream?.Data, indexes));
    }

    static List<int> Indexes(int length, int maxPoints)
    {
        if (length <= maxPoints)
        {
            return [.. Enumerable.Range(0, length)];
        }

        var step = (length - 1) / (double)(maxPoints - 1);
        return [.. Enumerable.Range(0, maxPoints).Select(i => (int)Math.Round(i * step))];
    }

    static List<T>? Pick<T>(IReadOnlyList<T>? data, List<int> indexes) =>
        data is null ? null : [.. indexes.Where(i => i < data.Count).Select(i => data[i])];
}
