using System.Collections.Concurrent;

namespace MCPacer.StravaStandIn.Traffic;

/// <summary>Counts of what the stand-in served, for <c>GET /_standin/stats</c>.</summary>
internal sealed class TrafficStats
{
    readonly ConcurrentDictionary<string, long> _byEndpoint = new(StringComparer.Ordinal);
    long _requests;
    long _rateLimited;
    long _serverErrors;

    public long Requests => Interlocked.Read(ref _requests);

    public long RateLimited => Interlocked.Read(ref _rateLimited);

    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    public IReadOnlyDictionary<string, long> ByEndpoint => new SortedDictionary<string, long>(_byEndpoint, StringComparer.Ordinal);

    public void CountRequest(string endpoint)
    {
        Interlocked.Increment(ref _requests);
        _byEndpoint.AddOrUpdate(endpoint, 1, (_, count) => count + 1);
    }

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void CountServerError() => Interlocked.Increment(ref _serverErrors);
}
