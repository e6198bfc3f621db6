using MCPacer.Strava.Store;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Context;

/// <summary>The athlete's time zone (configured, else their latest activity's, else UTC) and their local "today".</summary>
public sealed class AthleteClock(ActivityStore store, TimeProvider clock, IOptions<StravaOptions> options)
{
    public async Task<(TimeZoneInfo Zone, DateOnly Today)> NowAsync(CancellationToken cancellationToken)
    {
        var name = options.Value.TimeZone is { Length: > 0 } configured ? configured : await store.LatestTimeZoneAsync(cancellationToken);
        var zone = name is not null && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) ? found : TimeZoneInfo.Utc;
        return (zone, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime));
    }
}
