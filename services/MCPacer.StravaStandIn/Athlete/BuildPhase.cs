using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The 14-week marathon build of <see cref="DemoMarathonBuild"/>, run the way people run plans: mostly as
/// written, easy days sometimes too fast, and a few deviations, fixed here so that tests and the coach
/// have something to notice.
/// </summary>
internal static class BuildPhase
{
    /// <summary>The Wednesday easy run of this week is missed.</summary>
    public const int MissedRunWeek = 3;

    /// <summary>An extra 5 km on Sunday of this week, late at night (23:30 local).</summary>
    public const int ExtraRunWeek = 5;

    /// <summary>The Thursday progression run of this week is run on Friday.</summary>
    public const int MovedRunWeek = 6;

    /// <summary>The Wednesday easy run of this week is on a treadmill (trainer, no GPS).</summary>
    public const int TreadmillWeek = 7;

    static readonly int[] WeightTrainingWeeks = [1, 2, 3, 5, 6, 7, 9, 10];
    static readonly int[] RideWeeks = [2, 8];

    public static IEnumerable<ScheduledSession> Sessions(DateOnly today, int seed)
    {
        foreach (var week in DemoMarathonBuild.Weeks(today))
        {
            foreach (var session in week.Sessions)
            {
                if (week.WeekNumber == MissedRunWeek && session.Day == DayOfWeek.Wednesday)
                {
                    continue;
                }

                var date = week.WeekStart.AddDays(DayIndex(session.Day));
                if (week.WeekNumber == MovedRunWeek && session.Day == DayOfWeek.Thursday)
                {
                    date = date.AddDays(1);
                }

                yield return Run(date, session, week.WeekNumber, seed);
            }

            foreach (var extra in CrossTraining(week, seed))
            {
                yield return extra;
            }

            if (week.WeekNumber == ExtraRunWeek)
            {
                yield return new ScheduledSession(week.WeekStart.AddDays(6), new TimeOnly(23, 30, 12),
                    new DemoSession(DayOfWeek.Sunday, RunTypes.Easy, 5, "Easy", "5:25"))
                {
                    Name = "Late-night shakeout",
                    Description = "Couldn't sleep after the long run, easy 5k under the street lights.",
                };
            }
        }
    }

    static ScheduledSession Run(DateOnly date, DemoSession session, int weekNumber, int seed)
    {
        var random = StableRandom.For(seed, date.DayNumber, 1);
        var easy = session.Type is RunTypes.Easy or RunTypes.Recovery;
        var scheduled = new ScheduledSession(date, StartTime(session.Type, date, random), session)
        {
            Name = ActivityTexts.Title(session),
            Description = ActivityTexts.Description(session, random),
            PaceShift = easy && random.Chance(0.3) ? -random.Between(15, 28) : random.Between(-3, 4),
        };

        return weekNumber == TreadmillWeek && session.Day == DayOfWeek.Wednesday
            ? scheduled with
            {
                Trainer = true,
                Name = "Treadmill easy",
                Description = "Treadmill at 1% incline, storm outside. So boring.",
            }
            : scheduled;
    }

    static IEnumerable<ScheduledSession> CrossTraining(DemoWeek week, int seed)
    {
        if (WeightTrainingWeeks.Contains(week.WeekNumber))
        {
            var random = StableRandom.For(seed, week.WeekStart.DayNumber, 3);
            yield return new ScheduledSession(week.WeekStart, new TimeOnly(19, random.Next(15, 50), random.Next(60)),
                new DemoSession(DayOfWeek.Monday, RunTypes.CrossTraining, 0, "Strength: 45min", null))
            {
                SportType = SportTypes.WeightTraining,
                Name = "Strength & core",
                Private = week.WeekNumber % 2 == 0,
            };
        }

        if (RideWeeks.Contains(week.WeekNumber))
        {
            var random = StableRandom.For(seed, week.WeekStart.DayNumber, 4);
            yield return new ScheduledSession(week.WeekStart.AddDays(4), new TimeOnly(16, random.Next(0, 50), random.Next(60)),
                new DemoSession(DayOfWeek.Friday, RunTypes.CrossTraining, Math.Round(random.Between(28, 42)), "Easy spin", null))
            {
                SportType = SportTypes.Ride,
            };
        }
    }

    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>Workouts after work, long runs and races in the morning, easy runs mostly before work.</summary>
    public static TimeOnly StartTime(string runType, DateOnly date, Random random)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var minutes = runType switch
        {
            RunTypes.Race => 9 * 60,
            RunTypes.Long => 8 * 60 + 20 + random.Next(50),
            RunTypes.Intervals or RunTypes.Workout or RunTypes.Tempo or RunTypes.Progression or RunTypes.MarathonPace
                => 17 * 60 + 50 + random.Next(60),
            _ when weekend => 8 * 60 + random.Next(100),
            _ => random.NextDouble() switch
            {
                < 0.6 => 6 * 60 + 10 + random.Next(55),
                < 0.8 => 12 * 60 + 5 + random.Next(35),
                _ => 18 * 60 + 20 + random.Next(60),
            },
        };
        return new TimeOnly(minutes / 60, minutes % 60, runType == RunTypes.Race ? 0 : random.Next(60));
    }
}
