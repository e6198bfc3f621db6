using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>Strava's ActivityStats over a set of activities: the last four weeks, the year to date (local) and all time, per sport.</summary>
internal static class ActivityTotals
{
    static readonly TimeSpan Recent = TimeSpan.FromDays(28);

    public static ActivityStats Of(IReadOnlyList<SummaryActivity> activities, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var yearStart = new DateTime(TimeZoneInfo.ConvertTime(now, timeZone).Year, 1, 1);
        var rides = activities.Where(a => Family(a.SportType) == Ride).ToList();
        ActivityTotal Total(string family, Func<SummaryActivity, bool> when)
        {
            var chosen = activities.Where(a => Family(a.SportType) == family && when(a)).ToList();
            return new ActivityTotal
            {
                Count = chosen.Count,
                Distance = Math.Round(chosen.Sum(a => a.Distance), 1),
                MovingTime = chosen.Sum(a => a.MovingTime),
                ElapsedTime = chosen.Sum(a => a.ElapsedTime),
                ElevationGain = Math.Round(chosen.Sum(a => a.TotalElevationGain), 1),
                AchievementCount = chosen.Sum(a => a.AchievementCount),
            };
        }

        bool IsRecent(SummaryActivity a) => a.StartDate > now - Recent;
        bool IsThisYear(SummaryActivity a) => a.StartDateLocal >= yearStart;
        return new ActivityStats
        {
            BiggestRideDistance = rides.Count > 0 ? rides.Max(a => a.Distance) : null,
            BiggestClimbElevationGain = rides.Count > 0 ? rides.Max(a => a.TotalElevationGain) : null,
            RecentRunTotals = Total(Run, IsRecent),
            RecentRideTotals = Total(Ride, IsRecent),
            RecentSwimTotals = Total(Swim, IsRecent),
            YtdRunTotals = Total(Run, IsThisYear),
            YtdRideTotals = Total(Ride, IsThisYear),
            YtdSwimTotals = Total(Swim, IsThisYear),
            AllRunTotals = Total(Run, _ => true),
            AllRideTotals = Total(Ride, _ => true),
            AllSwimTotals = Total(Swim, _ => true),
        };
    }

    const string Run = "run";
    const string Ride = "ride";
    const string Swim = "swim";

    /// <summary>Which totals a sport counts towards; strength and the like count towards none.</summary>
    static string? Family(string sportType) => sportType switch
    {
        "Run" or "TrailRun" or "VirtualRun" => Run,
        "Ride" or "VirtualRide" or "GravelRide" or "MountainBikeRide" or "EBikeRide" or "EMountainBikeRide" => Ride,
        "Swim" => Swim,
        _ => null,
    };
}
