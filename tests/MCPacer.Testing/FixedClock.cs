namespace MCPacer.Testing;

/// <summary>A clock that stands still at <see cref="Now"/> until a test moves it, on a machine that runs in UTC.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
