namespace MCPacer.StravaStandIn.Athlete;

internal enum SegmentKind { Warmup, Steady, Work, Recovery, Cooldown, Stride }

/// <summary>
/// One piece of a session the athlete means to run: a distance or a duration at a speed (m/s). Weight
/// training is a duration at speed zero.
/// </summary>
internal readonly record struct Segment(SegmentKind Kind, double Meters, double Seconds, double Speed)
{
    public static Segment Distance(SegmentKind kind, double km, double speed) => new(kind, km * 1000, 0, speed);

    public static Segment Duration(SegmentKind kind, double seconds, double speed) => new(kind, 0, seconds, speed);

    public double ExpectedSeconds => Meters > 0 ? Meters / Speed : Seconds;

    public double ExpectedMeters => Meters > 0 ? Meters : Seconds * Speed;

    /// <summary>Whether traffic lights and the like may stop the athlete here (never in the middle of a rep).</summary>
    public bool MayStop => Kind is SegmentKind.Warmup or SegmentKind.Steady or SegmentKind.Cooldown;
}
