namespace MCPacer.StravaStandIn.Tests;

/// <summary>A clock the test moves by hand, so windows and token lifetimes are crossed exactly.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
