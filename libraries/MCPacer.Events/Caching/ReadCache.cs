using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MCPacer.ServiceDefaults.Telemetry;

namespace MCPacer.Events.Caching;

/// <summary>
/// Which answer is asked for: <paramref name="Answer"/> names it (and tags the metric), <paramref name="Subject"/> tells
/// its instances apart (a plan id, a persona), and <paramref name="Version"/> is what the caller checks cheaply on every
/// read: the stamps of the files it is built from, the athlete's today, a database's version.
/// </summary>
public readonly record struct ReadCacheKey(string Answer, string Subject, string Version);

/// <summary>An answer as built; <paramref name="Degraded"/> when a part of it came from a call that failed (strava down).</summary>
public readonly record struct BuiltAnswer<T>(T Value, bool Degraded = false);

/// <summary>
/// The answers a service renders often from data that changes rarely (the coach's context reads), kept in memory, one
/// per answer and subject. A kept answer is served while the caller's version is the one it was built at and nothing
/// invalidated the cache since it was built: the service's own writes (<see cref="Invalidate"/>) and the change events of
/// the data it quotes from other services (<see cref="ReadCacheEvents"/>). While those events cannot arrive (Redis down,
/// not subscribed yet) every answer is built afresh. No answer is kept longer than <see cref="MaxAge"/>, or
/// <see cref="DegradedMaxAge"/> when a part of it is missing. Readers that miss at once share one build.
/// </summary>
public sealed class ReadCache
{
    /// <summary>Bounds how long a change that no event announces could go unseen.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Long enough to spare a service that is down a call per read, short enough to see it back soon.</summary>
    public static readonly TimeSpan DegradedMaxAge = TimeSpan.FromSeconds(5);

    /// <summary>Served without building: kept, or from a build another reader had started.</summary>
    public const string Hit = "hit";
    public const string Built = "built";
    public const string Bypassed = "bypassed";

    readonly ConcurrentDictionary<(string Answer, string Subject), Entry> _entries = new();
    readonly TimeProvider _clock;
    readonly Counter<long> _reads;
    long _generation;
    volatile bool _serving;

    public ReadCache(ReadCacheEvents events, ServiceTelemetry telemetry, TimeProvider clock)
    {
        _clock = clock;
        _serving = events.Subscriptions.Count == 0;
        _reads = telemetry.Meter.CreateCounter<long>(TelemetryNames.Instruments.ReadCacheReads, "{read}",
            "Reads of cached answers, by answer and outcome (hit, built, or bypassed while change events cannot arrive)");
    }

    public async Task<T> GetOrBuildAsync<T>(ReadCacheKey key, Func<CancellationToken, Task<BuiltAnswer<T>>> build, CancellationToken cancellationToken)
    {
        // Read before building: an invalidation while the answer is built leaves it stale at birth, and it is not served.
        var generation = Interlocked.Read(ref _generation);
        if (!_serving)
        {
            Count(key, Bypassed);
            return (await build(cancellationToken)).Value;
        }

        var slot = (key.Answer, key.Subject);
        var now = _clock.GetUtcNow();
        // On the thread pool, not in the first reader's call: a build that reads synchronously for a while (SQLite's async
        // calls complete synchronously) would otherwise hold every reader that joins it on a blocked thread. Not the first
        // reader's token either: the readers that joined still want the answer when it gives up.
        var fresh = new Entry(key.Version, generation, () => Task.Run(async () =>
        {
            var built = await build(CancellationToken.None);
            return new Kept(built.Value, _clock.GetUtcNow() + (built.Degraded ? DegradedMaxAge : MaxAge));
        }));
        var entry = _entries.AddOrUpdate(slot, fresh, (_, current) => current.Serves(key.Version, generation, now) ? current : fresh);
        Count(key, ReferenceEquals(entry, fresh) ? Built : Hit);
        return (T)(await entry.Answer.Value.WaitAsync(cancellationToken)).Value!;
    }

    /// <summary>Every kept answer is out of date: the service wrote, or another service announced a change.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>Change events cannot arrive: answers are built afresh until <see cref="Resume"/>.</summary>
    internal void Suspend()
    {
        _serving = false;
        Invalidate();
    }

    /// <summary>Change events arrive again; any missed meanwhile made every kept answer out of date.</summary>
    internal void Resume()
    {
        Invalidate();
        _serving = true;
    }

    void Count(ReadCacheKey key, string outcome) =>
        _reads.Add(1, new(TelemetryNames.Attributes.CacheAnswer, key.Answer), new(TelemetryNames.Attributes.CacheOutcome, outcome));

    sealed record Kept(object? Value, DateTimeOffset ExpiresAt);

    /// <summary>
    /// An answer at a version and generation, being built or built; the build starts when the first reader asks for it.
    /// A build that failed serves no one: the next read builds again.
    /// </summary>
    sealed class Entry(string version, long generation, Func<Task<Kept>> build)
    {
        public Lazy<Task<Kept>> Answer { get; } = new(build);

        public bool Serves(string asked, long current, DateTimeOffset now) =>
            version == asked && generation == current && Answer.Value switch
            {
                { IsCompletedSuccessfully: true } done => now < done.Result.ExpiresAt,
                { IsCompleted: false } => true,
                _ => false,
            };
    }
}
