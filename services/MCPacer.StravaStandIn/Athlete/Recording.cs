namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// What the athlete's watch recorded, one sample per second: the raw material of an activity's summary,
/// laps, splits and streams. Position and altitude are null without GPS; cadence is null for a ride or
/// strength session; heart rate, watts and temperature are null without the sensor.
/// </summary>
internal sealed class Recording
{
    public required int[] Time { get; init; }
    public required double[] Distance { get; init; }
    public required double[] Velocity { get; init; }
    public required bool[] Moving { get; init; }
    public int[]? Heartrate { get; init; }
    public int[]? Cadence { get; init; }
    public int[]? Watts { get; init; }

    /// <summary>Degrees Celsius.</summary>
    public int[]? Temperature { get; init; }
    public double[]? Latitude { get; init; }
    public double[]? Longitude { get; init; }
    public double[]? Altitude { get; init; }
    public double[]? Grade { get; init; }

    /// <summary>Sample index where each segment of the plan ended (the last one ends at the last sample).</summary>
    public required int[] SegmentEnds { get; init; }

    public int Count => Time.Length;
}
