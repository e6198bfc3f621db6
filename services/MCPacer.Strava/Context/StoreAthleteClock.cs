using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Context;

/// <summary>The strava service keeps the athlete's clock on the zone of the latest synced activity: its own store knows it.</summary>
internal static class StoreAthleteClock
{
    /// <summary>The athlete's zone and today, the zone Strava knows taken from the store first.</summary>
    public static async Task<(TimeZoneInfo Zone, DateOnly Today)> NowAsync(this AthleteClock clock, ActivityStore store, CancellationToken cancellationToken)
    {
        clock.FollowStrava(await store.LatestTimeZoneAsync(cancellationToken));
        return (clock.Zone, clock.Today);
    }
}
