namespace MCPacer.ServiceDefaults.Time;

/// <summary>
/// A clock that runs <see cref="Scale"/> times faster than <paramref name="inner"/>, so the Strava stand-in's
/// 15-minute rate-limit windows and UTC days pass in seconds (demo mode, tests). Every process that builds one
/// with the same scale sees the same windows: scaled days start at real instants that are multiples of
/// one day / scale since the Unix epoch, and the scaled date stays the real date the clock was created on.
/// Scale 1 is the inner clock itself.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    readonly TimeProvider _inner;
    readonly DateTimeOffset _realAnchor;
    readonly DateTimeOffset _scaledAnchor;

    public ScaledTimeProvider(TimeProvider inner, double scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        _inner = inner;
        Scale = scale;
        var now = inner.GetUtcNow();
        var day = TimeSpan.FromDays(1) / scale;
        _realAnchor = scale == 1 ? now : DateTimeOffset.UnixEpoch + day * Math.Floor((now - DateTimeOffset.UnixEpoch) / day);
        _scaledAnchor = scale == 1 ? now : new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
    }

    public double Scale { get; }

    public override DateTimeOffset GetUtcNow() => _scaledAnchor + (_inner.GetUtcNow() - _realAnchor) * Scale;

    /// <summary>The instant of the inner clock at which this clock shows <paramref name="scaled"/>.</summary>
    public DateTimeOffset ToInnerTime(DateTimeOffset scaled) => _realAnchor + (scaled - _scaledAnchor) / Scale;

    /// <summary>How long <paramref name="scaled"/> of this clock lasts on the inner one.</summary>
    public TimeSpan ToInnerDuration(TimeSpan scaled) => scaled / Scale;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_inner.CreateTimer(callback, state, Unscale(dueTime), Unscale(period)), this);

    TimeSpan Unscale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / Scale;

    sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Unscale(dueTime), clock.Unscale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
