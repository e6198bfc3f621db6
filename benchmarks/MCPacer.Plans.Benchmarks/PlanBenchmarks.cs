using BenchmarkDotNet.Attributes;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Plans.Adherence;
using MCPacer.Plans.Context;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Benchmarks;

/// <summary>
/// The two reads the coach and the dashboard make on every visit, for a 24-week plan of six runs a week:
/// the plan context and adherence against a season of activities (goal: each under 5 ms warm).
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    static readonly DateOnly Today = new(2026, 6, 17);
    static readonly DateOnly Start = new(2026, 3, 2);

    string _yaml = "";
    PlanDocument _document = null!;
    List<StravaActivity> _activities = [];
    PlanScience _science = null!;

    [GlobalSetup]
    public void Setup()
    {
        var race = new GoalRace(Start.AddDays(7 * 24 - 1), "marathon", 42.195, "2:59:59", "4:16", "Bench Marathon");
        var weeks = Enumerable.Range(1, 24).Select(n => new WeekDraft(n, Start.AddDays(7 * (n - 1)), 70 + n, $"Block week {n}",
        [
            (DayOfWeek.Monday, new RunFields(RunTypes.Recovery, 8, "5:30", Description: "Recovery run")),
            (DayOfWeek.Tuesday, new RunFields(RunTypes.Intervals, 14, "3:50", "3km WU, 6x1km @ 3:50 w/2min jog, 2km CD")),
            (DayOfWeek.Wednesday, new RunFields(RunTypes.Easy, 12, "5:05")),
            (DayOfWeek.Thursday, new RunFields(RunTypes.Tempo, 12, "4:05", "3km WU, 8km @ 4:05, 1km CD")),
            (DayOfWeek.Saturday, new RunFields(RunTypes.Easy, 10, "5:10", Description: "Easy with strides")),
            (DayOfWeek.Sunday, new RunFields(RunTypes.Long, 28, "4:50", "Long run, last 10km @ marathon pace")),
        ])).ToList();
        _yaml = PlanWriter.Write("benchmark plan", "Bench Marathon Build", race, Start, "24 weeks", weeks);
        _document = PlanReader.Read("bench", _yaml);
        if (_document.IsBroken)
        {
            throw new InvalidOperationException(string.Join("\n", _document.Plan.Problems));
        }

        // What strava adds: paces, and a projection flagging every third week of the plan.
        var projected = _document.Plan.Weeks.Select(w => new ProjectedWeek(w.WeekStartDate!.Value, w.WeekNumber, 500, 84, 28,
            w.WeekNumber % 3 == 0 ? ["distance +12 % over the mean of the 3 weeks before (84 against 75)"] : [])).ToList();
        _science = new PlanScience(new TrainingPaceSet(55.1, "4:55-4:25/km", "3:58/km", "3:44/km", "3:26/km", "3:12/km"),
            new FitnessProjection("bench", race.Date!.Value, [], 12, 64, 70, race.Date.Value.AddDays(-20), projected,
                [.. projected.Where(w => w.Flags.Count > 0)], "", ""), [], StravaMissing: false);

        // Every planned day so far run, most on the day, some a day late, a few extra runs.
        var id = 0L;
        foreach (var run in _document.Plan.Weeks.SelectMany(w => w.Runs).Where(r => r.Date < Today))
        {
            var day = run.Date!.Value.AddDays(id % 7 == 3 ? 1 : 0);
            _activities.Add(Activity(++id, "Run", day, run.DistanceKm!.Value, (int)(run.DistanceKm.Value * 300), 150));
            if (id % 10 == 0)
            {
                _activities.Add(Activity(++id, "Shakeout", day, 5, 1650, 130));
            }
        }
    }

    /// <summary>What GET /api/plans/context does once the plan is cached (the file's stat aside).</summary>
    [Benchmark]
    public string PlanContextWarm() => PlanContextBuilder.Build(_document.Plan, Today);

    /// <summary>The same with strava's paces and projection once they have arrived (the calls themselves run at once, 1.5 s at most).</summary>
    [Benchmark]
    public string PlanContextWithScience() => PlanContextBuilder.Build(_document.Plan, Today, _science);

    /// <summary>After a hand edit: parse and validate the file, then render.</summary>
    [Benchmark]
    public string PlanContextAfterFileChange() => PlanContextBuilder.Build(PlanReader.Read("bench", _yaml).Plan, Today);

    /// <summary>What GET /api/plans/{id}/adherence computes once the activities have arrived.</summary>
    [Benchmark]
    public PlanAdherence Adherence() => AdherenceCalculator.Compute(_document.Plan, _activities, Today);

    static StravaActivity Activity(long id, string name, DateOnly day, double km, int movingSeconds, double heartrate)
    {
        var start = day.ToDateTime(new TimeOnly(7, 0));
        return new(id, name, "Run", SportFamilies.Running, Treadmill: false, new DateTimeOffset(start, TimeSpan.Zero), start, day,
            TimeZone: null, km, movingSeconds, movingSeconds, Pace: null, ElevationGainM: 0, heartrate, MaxHeartrate: null,
            AverageCadence: null, WorkoutType: null, HasDetail: false, HasStreams: false, Digest: null);
    }
}
