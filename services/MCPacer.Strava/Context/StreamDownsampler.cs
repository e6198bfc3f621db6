using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Context;

/// <summary>
/// Picks evenly spaced samples (first and last kept) so a chart or a model gets at most max_points. An activity
/// Strava has no streams for comes back with no points and the stored note saying why.
/// </summary>
internal static class StreamDownsampler
{
    public static StravaActivityStreams Downsample(long activityId, StoredStreams stored, int maxPoints)
    {
        var streams = stored.Streams ?? new StreamSet();
        var length = new[]
        {
            streams.TimeStream?.Data.Count, streams.DistanceStream?.Data.Count, streams.LatLngStream?.Data.Count,
            streams.AltitudeStream?.Data.Count, streams.HeartrateStream?.Data.Count, streams.WattsStream?.Data.Count,
        }.Max() ?? 0;
        var indexes = Indexes(length, maxPoints);
        return new StravaActivityStreams(activityId, length, indexes.Count,
            Pick(streams.TimeStream?.Data, indexes), Pick(streams.DistanceStream?.Data, indexes), Pick(streams.LatLngStream?.Data, indexes),
            Pick(streams.AltitudeStream?.Data, indexes), Pick(streams.HeartrateStream?.Data, indexes), Pick(streams.CadenceStream?.Data, indexes),
            Pick(streams.VelocitySmoothStream?.Data, indexes), Pick(streams.GradeSmoothStream?.Data, indexes), Pick(streams.MovingStream?.Data, indexes),
            Pick(streams.WattsStream?.Data, indexes), Pick(streams.TempStream?.Data, indexes), stored.Note);
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
