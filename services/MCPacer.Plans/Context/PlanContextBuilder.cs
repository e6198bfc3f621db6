using System.Globalization;
using System.Text;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Context;

/// <summary>
/// The plan as compact text for the coach (the original MCPacer's format, about 1,100 tokens for 16 weeks): a header with
/// the race and goal pace, "Status: Week N of M", then two lines a week (volume and focus with the week's
/// comments; the day-by-day prescription), the current week marked. With <see cref="PlanScience"/> from strava: the
/// current VDOT paces beside the plan's target paces, the projection's race-day line, and weeks that ramp too fast marked.
/// </summary>
static class PlanContextBuilder
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Build(TrainingPlan plan, DateOnly today, PlanScience? science = null)
    {
        var text = new StringBuilder();
        text.Append("=== ACTIVE PLAN: ").Append(plan.PlanName ?? plan.Id).Append(" ===\n");
        text.Append("Race: ").Append(RaceLine(plan.GoalRace)).Append('\n');
        var current = plan.Weeks.FirstOrDefault(w => w.WeekStartDate is { } start && today >= start && today <= start.AddDays(6));
        text.Append("Today: ").Append(today.ToString("ddd MMM d, yyyy", Invariant)).Append('\n');
        text.Append("Status: ").Append(Status(plan, current, today)).Append('\n');
        foreach (var problem in plan.Problems.Take(5))
        {
            text.Append("! ").Append(problem).Append('\n');
        }

        if (science is not null)
        {
            AppendScience(text, plan, current, science);
        }

        var tooFast = science?.Projection?.TooFast.Where(w => w.Week is not null).ToDictionary(w => w.Week!.Value) ?? [];
        text.Append('\n');
        foreach (var week in plan.Weeks)
        {
            var isCurrent = ReferenceEquals(week, current);
            var km = week.TotalPlannedDistanceKm ?? week.Runs.Sum(r => r.DistanceKm ?? 0);
            var header = $"W{week.WeekNumber,-3} {week.WeekStartDate?.ToString("MMM d", Invariant) ?? "?",-8} {Km(km) + "km",-6} {week.WeeklyFocus}".TrimEnd();
            text.Append(isCurrent ? "→ " : "  ").Append(header);
            if (week.Comments.Count > 0)
            {
                text.Append("  # ").Append(string.Join("; ", week.Comments));
            }

            if (tooFast.TryGetValue(week.WeekNumber, out var ramp))
            {
                text.Append("  ⚠ ramps too fast: ").Append(string.Join(", ", ramp.Flags.Select(ShortFlag)));
            }

            text.Append(isCurrent ? "  ← CURRENT\n" : "\n");
            if (week.Runs.Count > 0)
            {
                text.Append("    ").Append(string.Join(" | ", week.Runs.Select(RunLine))).Append('\n');
            }
        }

        text.Append('\n').Append("For full plan YAML: get_training_plan(\"").Append(plan.Id).Append("\")");
        return text.ToString();
    }

    static void AppendScience(StringBuilder text, TrainingPlan plan, PlanWeek? current, PlanScience science)
    {
        if (science.Paces is { } paces)
        {
            text.Append("Paces now (Daniels, VDOT ").Append(paces.Vdot.ToString("0.#", Invariant)).Append("): E ").Append(Bare(paces.Easy))
                .Append(" M ").Append(Bare(paces.Marathon)).Append(" T ").Append(Bare(paces.Threshold))
                .Append(" I ").Append(Bare(paces.Interval)).Append(" R ").Append(Bare(paces.Repetition)).Append(" /km\n");
        }

        var targets = TargetPaces(plan, current);
        if (targets.Length > 0)
        {
            text.Append("Plan targets ahead: ").Append(targets).Append(" /km\n");
        }

        if (science.Projection is { } projection)
        {
            text.Append(string.Create(Invariant,
                $"Projection: race-day TSB {projection.RaceDayForm:+0;-0;0}, CTL {projection.RaceDayFitness:0}; peak CTL {projection.PeakFitness:0} {projection.PeakFitnessDate:MMM d}; "))
                .Append(projection.TooFast.Count == 0 ? "no week ramps too fast" : $"{projection.TooFast.Count} week(s) ramp too fast (⚠)")
                .Append(" — get_fitness_projection\n");
        }

        foreach (var note in science.Notes)
        {
            text.Append(note).Append('\n');
        }
    }

    /// <summary>The target paces of the weeks from the current one on, per run type: "Easy 5:05-5:10, Tempo 4:05".</summary>
    static string TargetPaces(TrainingPlan plan, PlanWeek? current)
    {
        var from = current?.WeekNumber ?? 0;
        return string.Join(", ", plan.Weeks.Where(w => w.WeekNumber >= from).SelectMany(w => w.Runs)
            .Select(r => (Label: RunTypes.Label(r.Type), Pace: PlanRules.PaceSeconds(r.TargetPaceMinPerKm)))
            .Where(r => r.Pace is not null)
            .GroupBy(r => r.Label)
            .Select(g => (Label: g.Key, Fastest: g.Min(r => r.Pace!.Value), Slowest: g.Max(r => r.Pace!.Value)))
            .OrderByDescending(g => g.Slowest)
            .Select(g => g.Fastest == g.Slowest
                ? $"{g.Label} {PlanRules.FormatPace(g.Fastest)}"
                : $"{g.Label} {PlanRules.FormatPace(g.Slowest)}-{PlanRules.FormatPace(g.Fastest)}"));
    }

    static string Bare(string pace) => pace.Replace("/km", "", StringComparison.Ordinal);

    /// <summary>"load +18 %" of "load +18 % over the mean of the 3 weeks before (...)".</summary>
    static string ShortFlag(string sentence) =>
        sentence.IndexOf(" over ", StringComparison.Ordinal) is var at and > 0 ? sentence[..at] : sentence;

    static string RaceLine(GoalRace? race)
    {
        if (race is null)
        {
            return "(no goal race)";
        }

        var line = new StringBuilder(race.RaceName ?? (race.RaceType is { } type ? Title(type) : "Race"));
        if (race.Date is { } date)
        {
            line.Append(" — ").Append(date.ToString("MMM d, yyyy", Invariant));
        }

        if (race.GoalTime is { } goal)
        {
            line.Append(" — Goal ").Append(goal);
        }

        if (race.GoalPaceMinPerKm is { } pace)
        {
            line.Append(" (").Append(pace).Append("/km)");
        }

        return line.ToString();
    }

    static string Status(TrainingPlan plan, PlanWeek? current, DateOnly today)
    {
        if (current is not null)
        {
            return $"Week {current.WeekNumber} of {plan.Weeks.Count}";
        }

        var first = plan.Weeks.Select(w => w.WeekStartDate).Where(d => d is not null).Min();
        return first is { } start && today < start
            ? $"Not started; week 1 begins {start.ToString("MMM d", Invariant)} ({start.DayNumber - today.DayNumber} days)"
            : $"Finished (all {plan.Weeks.Count} weeks are past)";
    }

    static string RunLine(PlannedRun run)
    {
        var day = run.Date?.ToString("ddd", Invariant) ?? run.DayOfWeek?[..Math.Min(3, run.DayOfWeek.Length)] ?? "?";
        return RunTypes.KindOf(run.Type) switch
        {
            RunKind.Rest => $"{day} Rest",
            RunKind.CrossTraining => $"{day} {run.Description ?? RunTypes.Label(run.Type)}{(run.DurationMinutes is { } min ? $" {Km(min)}min" : "")}",
            _ when run.Structure is { } structure => run.DistanceKm is { } km and > 0 ? $"{day} {Km(km)}km: {structure}" : $"{day} {structure}",
            _ => $"{day} {Distance(run)}{run.Description ?? run.Type}{(run.TargetPaceMinPerKm is { } pace ? " @" + pace : "")}",
        };
    }

    static string Distance(PlannedRun run) => run.DistanceKm is { } km and > 0 ? Km(km) + "km " : "";

    static string Km(double km) => km.ToString("0.#", Invariant);

    static string Title(string raceType) =>
        Invariant.TextInfo.ToTitleCase(raceType.Replace('_', ' '));
}
