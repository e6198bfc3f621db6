using System.Globalization;
using System.Text;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Context;

/// <summary>
/// The plan as compact text for the coach (the original MCPacer's format, about 1,100 tokens for 16 weeks): a header with
/// the race and goal pace, "Status: Week N of M", then two lines a week (volume and focus with the week's
/// comments; the day-by-day prescription), the current week marked.
/// </summary>
static class PlanContextBuilder
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Build(TrainingPlan plan, DateOnly today)
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

            text.Append(isCurrent ? "  ← CURRENT\n" : "\n");
            if (week.Runs.Count > 0)
            {
                text.Append("    ").Append(string.Join(" | ", week.Runs.Select(RunLine))).Append('\n');
            }
        }

        text.Append('\n').Append("For full plan YAML: get_training_plan(\"").Append(plan.Id).Append("\")");
        return text.ToString();
    }

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
