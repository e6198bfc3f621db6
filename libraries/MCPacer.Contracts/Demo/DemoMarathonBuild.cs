using MCPacer.Contracts.Plans;

namespace MCPacer.Contracts.Demo;

public sealed record DemoSession(DayOfWeek Day, string Type, double DistanceKm, string Structure, string? TargetPaceMinPerKm);

public sealed record DemoWeek(int WeekNumber, DateOnly WeekStart, string Focus, IReadOnlyList<DemoSession> Sessions)
{
    public double TotalKm => Sessions.Sum(s => s.DistanceKm);
}

/// <summary>
/// The demo athlete's 14-week marathon build, the one schedule that both the Strava stand-in (which
/// generates runs that follow it, imperfectly) and the plans service (which seeds it as the demo plan)
/// use. Dated so that "today" falls in week 9: planned-vs-actual has history and a future.
/// </summary>
public static class DemoMarathonBuild
{
    public const int WeekCount = 14;
    public const int CurrentWeek = 9;
    public const string PlanName = "Demo Marathon Build";
    public const string RaceName = "Demo City Marathon";
    public const double RaceDistanceKm = 42.195;
    public const string GoalTime = "2:59:59";
    public const string GoalPace = "4:15";
    public const string TimeZone = "Europe/Berlin";

    public static DateOnly StartDate(DateOnly today) =>
        today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * (CurrentWeek - 1));

    /// <summary>Race day: the Sunday of the last week.</summary>
    public static DateOnly RaceDate(DateOnly today) => StartDate(today).AddDays(7 * WeekCount - 1);

    public static IReadOnlyList<DemoWeek> Weeks(DateOnly today)
    {
        var start = StartDate(today);
        return [.. Enumerable.Range(1, WeekCount).Select(n => Week(n, start.AddDays(7 * (n - 1))))];
    }

    static DemoWeek Week(int n, DateOnly weekStart)
    {
        if (n == WeekCount)
        {
            return new DemoWeek(n, weekStart, "Race week", [
                new(DayOfWeek.Tuesday, RunTypes.Easy, 8, "Easy with 4x100m strides", "5:20"),
                new(DayOfWeek.Thursday, RunTypes.MarathonPace, 8, "2km warmup, 4km @ marathon pace, 2km cooldown", GoalPace),
                new(DayOfWeek.Friday, RunTypes.Recovery, 5, "Shakeout, very easy", "5:40"),
                new(DayOfWeek.Sunday, RunTypes.Race, RaceDistanceKm, $"{RaceName}: even splits, goal {GoalTime}", GoalPace),
            ]);
        }

        // Three weeks up, one week down; the last two weeks before race week taper.
        var taper = n >= WeekCount - 2;
        var recovery = !taper && n % 4 == 0;
        var scale = taper ? (n == WeekCount - 1 ? 0.6 : 0.8) : recovery ? 0.75 : 1.0 + 0.04 * (n - 1 - n / 4);
        double Km(double km) => Math.Round(km * scale);
        var longRun = Math.Min(32, Math.Round((20 + 1.2 * n) * (recovery ? 0.75 : 1.0) * (taper ? 0.7 : 1.0)));
        var workout = (n % 3) switch
        {
            0 => new DemoSession(DayOfWeek.Tuesday, RunTypes.Intervals, Km(14), "3km warmup, 6x1km @ 3:50 with 2min jog, cooldown", "3:50"),
            1 => new DemoSession(DayOfWeek.Tuesday, RunTypes.Tempo, Km(14), "3km warmup, 8km tempo @ 4:05, cooldown", "4:05"),
            _ => new DemoSession(DayOfWeek.Tuesday, RunTypes.Workout, Km(15), "2.5km warmup, 5x2km @ 3:55 with 90s jog, cooldown", "3:55"),
        };
        var longStructure = n >= 6 && !recovery && !taper
            ? $"Long run with the last {Math.Min(16, 2 * (n - 3))}km @ marathon pace"
            : "Long run, steady and easy";

        return new DemoWeek(n, weekStart, taper ? "Taper" : recovery ? "Recovery week" : n <= 4 ? "Aerobic base" : "Marathon-specific", [
            new(DayOfWeek.Monday, RunTypes.Recovery, Km(8), "Recovery run, conversational", "5:30"),
            workout,
            new(DayOfWeek.Wednesday, RunTypes.Easy, Km(12), "Easy aerobic", "5:05"),
            new(DayOfWeek.Thursday, RunTypes.Progression, Km(12), "Progression: start easy, last 4km @ 4:20", "4:40"),
            new(DayOfWeek.Saturday, RunTypes.Easy, Km(10), "Easy with 6x100m strides", "5:10"),
            new(DayOfWeek.Sunday, RunTypes.Long, longRun, longStructure, "4:50"),
        ]);
    }
}
