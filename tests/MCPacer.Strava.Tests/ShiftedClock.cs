namespace MCPacer.Strava.Tests;

/// <summary>The system clock, moved on by <see cref="Advance"/> without waiting (token expiry, a given "today").</summary>
public sealed class ShiftedClock : TimeProvider
{
    TimeSpan _shift;

    public void Advance(TimeSpan by) => _shift += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
