namespace MCPacer.Strava.Tests;

/// <summary>
/// The stand-in's time scale seen from the strava service: time runs <c>scale</c> times faster, and its
/// 15-minute windows and UTC days start exactly when the stand-in's do (the stand-in scales the real
/// time since the Unix epoch). <see cref="Advance"/> moves it on without waiting.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    readonly double _scale;
    readonly DateTimeOffset _realAnchor;
    readonly DateTimeOffset _scaledAnchor;
    TimeSpan _advanced;

    public ScaledTimeProvider(double scale = 1)
    {
        _scale = scale;
        var now = System.GetUtcNow();
        var day = TimeSpan.FromDays(1) / scale;
        _realAnchor = DateTimeOffset.UnixEpoch + day * Math.Floor((now - DateTimeOffset.UnixEpoch) / day);
        _scaledAnchor = scale == 1 ? _realAnchor : new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
    }

    public void Advance(TimeSpan by) => _advanced += by;

    public override DateTimeOffset GetUtcNow() => _scaledAnchor + (System.GetUtcNow() - _realAnchor) * _scale + _advanced;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / _scale;

    sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
