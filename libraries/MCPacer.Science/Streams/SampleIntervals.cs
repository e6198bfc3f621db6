namespace MCPacer.Science.Streams;

/// <summary>
/// How long each sample of a recorded stream stands for. Sample <c>i</c> covers the interval since sample
/// <c>i - 1</c> (the first covers nothing); an interval longer than <see cref="MaxGapSeconds"/> is a pause in the
/// recording (Strava's time stream jumps over auto-pause) and counts for nothing. MCPacer's convention.
/// </summary>
public static class SampleIntervals
{
    /// <summary>Longest interval still read as recording (Strava's smart recording samples every 1 to 8 s).</summary>
    public const double MaxGapSeconds = 30;

    /// <summary>Seconds sample <paramref name="index"/> stands for; 0 for the first sample and across pauses.</summary>
    public static double Seconds(ReadOnlySpan<double> time, int index)
    {
        if (index == 0)
        {
            return 0;
        }

        var seconds = time[index] - time[index - 1];
        return seconds is > 0 and <= MaxGapSeconds ? seconds : 0;
    }
}
