using System.Globalization;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The years of ordinary training before the build: four to six runs a week (a workout on Tuesday, a long
/// run on Sunday), cut-back weeks, the odd week lost to a cold or travel, a race every ten weeks, some
/// strength sessions and rides, treadmill runs in winter. Each week depends only on the seed and its date.
/// And the variety of a real account: an easy run now and then without the heart-rate strap, one typed in by
/// hand after the watch was forgotten, a bike commute with the power meter, a core session without a strap, and
/// until <see cref="OldWatchWeeksBefore"/> weeks before the build an older watch that logged temperature.
/// </summary>
internal static class BasePhase
{
    /// <summary>Runs this many weeks or more before the build were recorded with the older watch (a temp stream).</summary>
    public const int OldWatchWeeksBefore = 10;

    public const string OldWatch = "Garmin fenix 6";

    static readonly string[] RaceNames = ["Parkside 10K", "Riverside Half Marathon"];

    /// <summary>
    /// The Sunday of this week before the build is the longest day of the year: an easy run of over three hours,
    /// recent enough to have its streams synced (the run detail's heaviest page).
    /// </summary>
    public const int LongDayWeeksBefore = 2;

    /// <summary>How long the long day is meant to last; the run itself comes out within a few minutes of it.</summary>
    public static readonly TimeSpan LongDayDuration = TimeSpan.FromMinutes(195);

    public static IEnumerable<ScheduledSession> Sessions(DateOnly buildStart, int historyDays, int seed)
    {
        var firstDay = buildStart.AddDays(-historyDays);
        var fitness = new Fitness(buildStart);
        for (var weeksBefore = 1; buildStart.AddDays(-7 * weeksBefore + 6) >= firstDay; weeksBefore++)
        {
            var weekStart = buildStart.AddDays(-7 * weeksBefore);
            foreach (var session in Week(weekStart, weeksBefore, fitness, seed).Where(s => s.Date >= firstDay))
            {
                yield return weeksBefore >= OldWatchWeeksBefore && session is { SportType: SportTypes.Run, Manual: false }
                    ? session with { RecordsTemperature = true }
                    : session;
            }
        }
    }

    static IEnumerable<ScheduledSession> Week(DateOnly weekStart, int weeksBefore, Fitness fitness, int seed)
    {
        var random = StableRandom.For(seed, weekStart.DayNumber, 2);
        var threshold = fitness.ThresholdSpeed(weekStart);
        var easyPace = Pace.FromSpeed(threshold * 0.78);
        var season = 1 + 0.08 * Math.Sin(2 * Math.PI * (weekStart.DayOfYear - 80) / 365.25);
        var cutBack = weeksBefore % 4 == 0 ? 0.75 : 1.0;
        var weekKm = 58 * (1 - 0.22 * Math.Min(weeksBefore, 52) / 52.0) * season * cutBack * random.Between(0.92, 1.08);
        var disrupted = random.Chance(0.05) && weeksBefore != LongDayWeeksBefore;
        var raceWeek = weeksBefore % 10 == 6 && !disrupted;

        if (random.Chance(0.35))
        {
            yield return Strength(weekStart, seed, random.Chance(0.4));
        }

        foreach (var extra in Variety(weekStart, weeksBefore, seed))
        {
            yield return extra;
        }

        if (disrupted)
        {
            // A cold or a trip: one or two short runs at the end of the week.
            for (var day = 7 - random.Next(1, 3); day < 7; day++)
            {
                yield return Easy(weekStart.AddDays(day), random.Next(5, 9), easyPace, seed);
            }

            yield break;
        }

        var longKm = raceWeek ? 0 : Math.Clamp(Math.Round(weekKm * 0.32), 12, 26);
        var workoutKm = Math.Clamp(Math.Round(weekKm * 0.2), 8, 13);
        var easyDays = new[] { 2, 3, 5 }.Where(_ => random.Chance(0.78)).ToArray();
        var easyKm = easyDays.Length == 0 ? 0 : Math.Clamp(Math.Round((weekKm - longKm - workoutKm) / easyDays.Length * 2) / 2, 5, 14);

        yield return raceWeek
            ? Easy(weekStart.AddDays(1), 8, easyPace, seed)
            : Workout(weekStart.AddDays(1), weeksBefore, workoutKm, threshold, seed);

        var runDays = easyDays.Where(d => !raceWeek || d < 5).ToArray();
        foreach (var day in runDays)
        {
            var date = weekStart.AddDays(day);
            var winter = date.Month is 12 or 1 or 2;
            var easy = Easy(date, easyKm, easyPace, seed);
            yield return winter && day == 2 && StableRandom.For(seed, date.DayNumber, 5).Chance(0.2)
                ? easy with { SportType = SportTypes.VirtualRun, Trainer = true, Name = null }
                : weeksBefore % 6 == 4 && day == runDays[^1]
                    ? easy with { Manual = true, Name = "Easy run (watch forgotten)", Description = "Forgot my watch, same loop as always." }
                    : easy with { RecordsHeartrate = weeksBefore % 5 != 1 || day != runDays[0] };
        }

        if (random.Chance(0.2))
        {
            var friday = weekStart.AddDays(4);
            yield return new ScheduledSession(friday, new TimeOnly(16, random.Next(60), random.Next(60)),
                new DemoSession(DayOfWeek.Friday, RunTypes.CrossTraining, Math.Round(random.Between(25, 60)), "Ride", null))
            {
                SportType = SportTypes.Ride,
                RecordsPower = true,
            };
        }

        var sunday = weekStart.AddDays(6);
        if (raceWeek)
        {
            var half = weeksBefore % 20 == 6;
            var name = RaceNames[half ? 1 : 0];
            var km = half ? 21.0975 : 10.0;
            var pace = Pace.FromSpeed(threshold * (half ? 0.965 : 1.015));
            yield return Scheduled(sunday, new DemoSession(DayOfWeek.Sunday, RunTypes.Race, km, $"{name}: race", pace), seed);
        }
        else if (weeksBefore == LongDayWeeksBefore)
        {
            var speed = threshold * 0.75;
            var km = Math.Round(LongDayDuration.TotalSeconds * speed / 1000);
            var longDay = new DemoSession(DayOfWeek.Sunday, RunTypes.Long, km, "The long day out: easy all the way, fuel every 40 minutes", Pace.FromSpeed(speed));
            yield return Scheduled(sunday, longDay, seed) with
            {
                Name = "The long day out",
                Description = "Over three hours on my feet for the first time. Gels at 40, 80 and 120 min, legs heavy but fine.",
            };
        }
        else
        {
            var pace = Pace.FromSpeed(threshold * 0.77);
            yield return Scheduled(sunday, new DemoSession(DayOfWeek.Sunday, RunTypes.Long, longKm, "Long run, steady and easy", pace), seed);
        }
    }

    /// <summary>
    /// Sessions besides the training, fixed by the week's distance from the build (and drawn from their own
    /// random stream, so the runs stay the same): a bike commute every fourth week, a core session without a
    /// heart-rate strap every sixth.
    /// </summary>
    static IEnumerable<ScheduledSession> Variety(DateOnly weekStart, int weeksBefore, int seed)
    {
        var random = StableRandom.For(seed, weekStart.DayNumber, 10);
        if (weeksBefore % 4 == 3)
        {
            yield return new ScheduledSession(weekStart.AddDays(3), new TimeOnly(7, 40 + random.Next(15), random.Next(60)),
                new DemoSession(DayOfWeek.Thursday, RunTypes.CrossTraining, Math.Round(random.Between(8.5, 10), 1), "Commute", null))
            {
                SportType = SportTypes.Ride,
                Name = "Ride to work",
                Commute = true,
                RecordsPower = true,
            };
        }

        if (weeksBefore % 6 == 3)
        {
            yield return new ScheduledSession(weekStart.AddDays(4), new TimeOnly(19, random.Next(60), random.Next(60)),
                new DemoSession(DayOfWeek.Friday, RunTypes.CrossTraining, 0, "Strength: 30min", null))
            {
                SportType = SportTypes.WeightTraining,
                Name = "Core & mobility",
                RecordsHeartrate = false,
            };
        }
    }

    static ScheduledSession Workout(DateOnly date, int weeksBefore, double km, double threshold, int seed)
    {
        var random = StableRandom.For(seed, date.DayNumber, 6);
        var (type, structure) = (weeksBefore % 3) switch
        {
            0 => (RunTypes.Tempo, $"2km warmup, {random.Next(5, 8)}km tempo @ {Pace.FromSpeed(threshold * 0.98)}, cooldown"),
            1 => (RunTypes.Intervals, $"2km warmup, {random.Next(4, 7)}x1km @ {Pace.FromSpeed(threshold * 1.05)} with 2min jog, cooldown"),
            _ => (RunTypes.Intervals, $"2km warmup, {random.Next(8, 13)}x400m @ {Pace.FromSpeed(threshold * 1.1)} with 90s jog, cooldown"),
        };
        return Scheduled(date, new DemoSession(date.DayOfWeek, type, km, structure, null), seed);
    }

    static ScheduledSession Easy(DateOnly date, double km, string pace, int seed) =>
        Scheduled(date, new DemoSession(date.DayOfWeek, RunTypes.Easy, km, "Easy aerobic", pace), seed);

    static ScheduledSession Strength(DateOnly monday, int seed, bool hidden)
    {
        var random = StableRandom.For(seed, monday.DayNumber, 3);
        var minutes = random.Next(35, 60);
        return new ScheduledSession(monday, new TimeOnly(19, random.Next(60), random.Next(60)),
            new DemoSession(DayOfWeek.Monday, RunTypes.CrossTraining, 0, string.Create(CultureInfo.InvariantCulture, $"Strength: {minutes}min"), null))
        {
            SportType = SportTypes.WeightTraining,
            Private = hidden,
        };
    }

    static ScheduledSession Scheduled(DateOnly date, DemoSession session, int seed)
    {
        var random = StableRandom.For(seed, date.DayNumber, 1);
        return new ScheduledSession(date, BuildPhase.StartTime(session.Type, date, random), session)
        {
            Name = ActivityTexts.Title(session),
            Description = ActivityTexts.Description(session, random),
            PaceShift = random.Between(-6, 8),
        };
    }
}
