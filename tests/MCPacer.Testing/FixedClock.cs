namespace MCPacer.Testing;

/// <summary>
/// A clock that stands still at <see cref="Now"/> until a test moves it, on a machine that runs in UTC. Its timestamps
/// (what a stopwatch reads) move with it.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Now.UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
