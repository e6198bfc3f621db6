using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Adherence;

/// <summary>
/// Planned vs actual, week by week. A planned run is <c>matched</c> by an activity of its kind on its day,
/// <c>moved</c> when done on another day of the same week, else <c>missed</c> once its day is past; runs nobody
/// planned are <c>extra</c>. Each started week gets a compliance score from completion, distance and pace.
/// </summary>
static class AdherenceCalculator
{
    static readonly HashSet<string> RunningSports = new(StringComparer.OrdinalIgnoreCase) { "Run", "TrailRun", "VirtualRun" };

    /// <summary>Pace within 5% of target counts in full, 20% off or more not at all.</summary>
    const double PaceTolerance = 0.05;
    const double PaceCutoff = 0.20;

    /// <summary>A moved run must be at least this share of the planned distance (and at most its inverse).</summary>
    const double MovedDistanceRatio = 0.5;

    public static PlanAdherence Compute(TrainingPlan plan, IReadOnlyList<StravaActivity> activities, DateOnly today)
    {
        var byDate = activities.ToLookup(a => a.LocalDate);
        var weeks = plan.Weeks
            .Where(w => w.WeekStartDate is not null)
            .Select(w => Week(w, w.WeekStartDate!.Value, byDate, today))
            .ToList();
        return new PlanAdherence(plan.Id, today, weeks);
    }

    public static (DateOnly From, DateOnly To)? ActivityRange(TrainingPlan plan, DateOnly today)
    {
        var starts = plan.Weeks.Select(w => w.WeekStartDate).OfType<DateOnly>().ToList();
        if (starts.Count == 0 || starts.Min() > today)
        {
            return null;
        }

        var end = starts.Max().AddDays(6);
        return (starts.Min(), end < today ? end : today);
    }

    static WeekAdherence Week(PlanWeek week, DateOnly start, ILookup<DateOnly, StravaActivity> byDate, DateOnly today)
    {
        var end = start.AddDays(6);
        var status = end < today ? AdherenceStatus.WeekPast : start > today ? AdherenceStatus.WeekUpcoming : AdherenceStatus.WeekCurrent;
        var planned = week.Runs.Where(r => !RunTypes.Is(r.Type, RunKind.Rest) && r.Date is not null).ToList();
        var actual = Enumerable.Range(0, 7).SelectMany(d => byDate[start.AddDays(d)]).Where(a => a.LocalDate <= today).ToList();

        var assigned = new Dictionary<PlannedRun, (StravaActivity Activity, string Status)>();
        var free = new HashSet<StravaActivity>(actual);
        foreach (var run in planned)
        {
            var sameDay = free.Where(a => Fits(run, a) && a.LocalDate == run.Date)
                .OrderBy(a => DistanceGap(run, a)).FirstOrDefault();
            if (sameDay is not null)
            {
                assigned[run] = (sameDay, AdherenceStatus.Matched);
                free.Remove(sameDay);
            }
        }

        foreach (var run in planned.Where(r => !assigned.ContainsKey(r)))
        {
            var moved = free.Where(a => Fits(run, a) && CloseInDistance(run, a))
                .OrderBy(a => Math.Abs(a.LocalDate.DayNumber - run.Date!.Value.DayNumber))
                .ThenBy(a => DistanceGap(run, a)).FirstOrDefault();
            if (moved is not null)
            {
                assigned[run] = (moved, AdherenceStatus.Moved);
                free.Remove(moved);
            }
        }

        var rows = planned.Select(run => assigned.TryGetValue(run, out var done)
                ? new RunAdherence(run.Date!.Value, done.Status, run, Actual(done.Activity))
                : new RunAdherence(run.Date!.Value, run.Date < today ? AdherenceStatus.Missed : AdherenceStatus.Upcoming, run, null))
            .Concat(free.Where(IsRun).Select(a => new RunAdherence(a.LocalDate, AdherenceStatus.Extra, null, Actual(a))))
            .OrderBy(r => r.Date)
            .ToList();

        var plannedRunning = planned.Where(r => !RunTypes.Is(r.Type, RunKind.CrossTraining)).ToList();
        var runs = actual.Where(IsRun).ToList();
        var plannedKm = week.TotalPlannedDistanceKm ?? plannedRunning.Sum(r => r.DistanceKm ?? 0);
        return new WeekAdherence(week.WeekNumber, start, status, Round(plannedKm), Round(runs.Sum(a => a.DistanceKm)),
            plannedRunning.Count, runs.Count,
            status == AdherenceStatus.WeekUpcoming ? null : Compliance(rows, runs, today), rows);
    }

    static WeekCompliance Compliance(List<RunAdherence> rows, List<StravaActivity> runs, DateOnly today)
    {
        var due = rows.Where(r => r.Planned is not null && (r.Date < today || r.Actual is not null)).ToList();
        var done = due.Where(r => r.Status is AdherenceStatus.Matched or AdherenceStatus.Moved).ToList();
        var completion = due.Count == 0 ? 1 : (double)done.Count / due.Count;

        var dueKm = due.Sum(r => r.Planned!.DistanceKm ?? 0);
        var actualKm = runs.Sum(a => a.DistanceKm);
        var duration = dueKm == 0 ? (actualKm == 0 ? 1 : 0.5) : Math.Max(0, 1 - Math.Abs(1 - actualKm / dueKm));

        var paced = done.Select(r => (Target: PlanRules.PaceSeconds(r.Planned!.TargetPaceMinPerKm), Actual: ActualPace(r.Actual!)))
            .Where(p => p.Target is not null && p.Actual is not null)
            .Select(p => PaceScore(p.Target!.Value, p.Actual!.Value))
            .ToList();
        double? intensity = paced.Count == 0 ? null : paced.Average();

        var parts = new[] { completion, duration, intensity }.OfType<double>().ToList();
        return new WeekCompliance(Round(completion), Round(duration), intensity is { } i ? Round(i) : null, Round(parts.Average()));
    }

    static double PaceScore(double target, double actual)
    {
        var off = Math.Abs(actual - target) / target;
        return off <= PaceTolerance ? 1 : off >= PaceCutoff ? 0 : 1 - (off - PaceTolerance) / (PaceCutoff - PaceTolerance);
    }

    static bool Fits(PlannedRun run, StravaActivity activity) =>
        RunTypes.Is(run.Type, RunKind.CrossTraining) ? !IsRun(activity) : IsRun(activity);

    static bool IsRun(StravaActivity activity) => RunningSports.Contains(activity.SportType);

    static bool CloseInDistance(PlannedRun run, StravaActivity activity)
    {
        if (run.DistanceKm is not { } km || km == 0 || !IsRun(activity))
        {
            return true;
        }

        var ratio = activity.DistanceKm / km;
        return ratio >= MovedDistanceRatio && ratio <= 1 / MovedDistanceRatio;
    }

    static double DistanceGap(PlannedRun run, StravaActivity activity) =>
        run.DistanceKm is { } km ? Math.Abs(activity.DistanceKm - km) : 0;

    static double? ActualPace(ActualRun run) => run.DistanceKm > 0 && run.MovingTimeS > 0 ? run.MovingTimeS / run.DistanceKm : null;

    static ActualRun Actual(StravaActivity activity)
    {
        var km = activity.DistanceKm;
        var pace = km > 0 && activity.MovingTimeSeconds > 0 ? PlanRules.FormatPace(activity.MovingTimeSeconds / km) : null;
        return new ActualRun(activity.Id, activity.Name, activity.LocalDate, Round(km), activity.MovingTimeSeconds, pace);
    }

    static double Round(double value) => Math.Round(value, 2);
}
