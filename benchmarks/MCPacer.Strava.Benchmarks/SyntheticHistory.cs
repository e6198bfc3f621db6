using System.Globalization;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.Strava.Benchmarks;

/// <summary>
/// A steady runner's log, newest first: six runs a week (easy, intervals, tempo, a long run on Sunday) and two
/// strength sessions, with paces, distances and heart rates that vary from day to day as real ones do.
/// </summary>
static class SyntheticHistory
{
    static readonly (string Name, double Km, double PaceSeconds, double Heartrate, int? WorkoutType)?[] Week =
    [
        ("Easy Run", 10, 320, 139, null),                        // Monday
        ("Track 6x1k", 12, 275, 158, 3),
        ("Recovery Run", 8, 345, 131, null),
        ("Tempo 8k", 13, 265, 162, 3),
        null,                                                    // Friday: strength only
        ("Easy Run with strides", 9, 315, 141, null),
        ("Long Run", 28, 325, 147, 2),                           // Sunday
    ];

    public static SummaryActivity[] Generate(int count, DateOnly today, TimeZoneInfo zone)
    {
        var random = new Random(42);
        var activities = new List<SummaryActivity>(count);
        for (var day = today; activities.Count < count; day = day.AddDays(-1))
        {
            var weekday = ((int)day.DayOfWeek + 6) % 7;
            if (Week[weekday] is { } run)
            {
                var km = Math.Round(run.Km * (0.9 + random.NextDouble() * 0.2), 2);
                var pace = run.PaceSeconds * (0.96 + random.NextDouble() * 0.08);
                activities.Add(Activity(day.DayNumber * 10L, run.Name, "Run", day.ToDateTime(new TimeOnly(7, random.Next(0, 50))), zone,
                    km, (int)(km * pace), run.Heartrate + random.Next(-4, 5), run.WorkoutType));
            }

            if (activities.Count < count && weekday is 2 or 4)
            {
                activities.Add(Activity(day.DayNumber * 10L + 1, "Strength", "WeightTraining", day.ToDateTime(new TimeOnly(18, 30)), zone,
                    0, 45 * 60, 112, null));
            }
        }

        return [.. activities];
    }

    public static string Digest(SummaryActivity run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.Name}: {run.Distance / 1000:0.0} km at {run.AverageHeartrate:0} bpm, controlled throughout; no drift in the last third. Tags: aerobic, on-plan.");

    static SummaryActivity Activity(long id, string name, string sport, DateTime local, TimeZoneInfo zone, double km, int seconds,
        double heartrate, int? workoutType) => new()
        {
            Id = id,
            Name = name,
            SportType = sport,
            Type = sport,
            WorkoutType = workoutType,
            Distance = km * 1000,
            MovingTime = seconds,
            ElapsedTime = seconds + 60,
            TotalElevationGain = km * 6,
            StartDate = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero),
            StartDateLocal = local,
            Timezone = $"(GMT{zone.GetUtcOffset(local):\\+hh\\:mm}) {zone.Id}",
            AverageHeartrate = heartrate,
            MaxHeartrate = heartrate + 14,
            AverageSpeed = km * 1000 / seconds,
        };
}
