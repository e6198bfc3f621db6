using MCPacer.Contracts.StravaApi;

namespace MCPacer.Strava.Training;

/// <summary>An activity's stored streams as the plain arrays MCPacer.Science reads; a channel the activity lacks is null.</summary>
internal sealed record TrainingStreams(double[] Time, double[]? Distance, double[]? Velocity, double[]? Heartrate, double[]? Grade)
{
    /// <summary>Null without a time stream of at least two samples: nothing can be measured on it.</summary>
    public static TrainingStreams? From(StreamSet? streams)
    {
        if (streams?.TimeStream is not { Data.Count: > 1 } time)
        {
            return null;
        }

        double[]? Channel<T>(StravaStream<T>? stream, Func<T, double> value) =>
            stream is { } s && s.Data.Count == time.Data.Count ? [.. s.Data.Select(value)] : null;

        return new TrainingStreams(
            [.. time.Data.Select(t => (double)t)],
            Channel(streams.DistanceStream, d => d),
            Channel(streams.VelocitySmoothStream, v => v),
            Channel(streams.HeartrateStream, h => (double)h),
            Channel(streams.GradeSmoothStream, g => g));
    }
}
