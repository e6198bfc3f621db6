using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Store;

/// <summary>How a run is found: by date and index (0 = the first run that day), or by week number and day name as in the original MCPacer.</summary>
abstract record RunAddress
{
    public sealed record ByDate(DateOnly Date, int Index) : RunAddress
    {
        public override string ToString() => $"run {Index} on {Date:yyyy-MM-dd}";
    }

    public sealed record ByWeekDay(int WeekNumber, DayOfWeek Day, int Index) : RunAddress
    {
        public override string ToString() => $"run {Index} on {Day} of week {WeekNumber}";
    }
}

/// <summary>The plan edits the API offers, each as a function from the plan as read to the new file text.</summary>
static class PlanOperations
{
    public static Func<PlanDocument, string> UpdateRun(RunAddress address, RunFields changes) => document =>
    {
        var (week, run) = Locate(document, address);
        var fields = PlanEditor.RunYaml(null, changes with { DayOfWeek = null });
        if (changes.DayOfWeek is { } day)
        {
            PlanRules.TryParseDay(day, out var parsed);
            fields.Insert(0, ("day_of_week", PlanRules.DayName(parsed)));
        }

        return PlanEditor.SetFields(document.Text, run.Node, fields);
    };

    public static Func<PlanDocument, string> AddRun(RunFields run) => document =>
    {
        WeekNode week;
        DayOfWeek day;
        if (run.Date is { } date)
        {
            week = document.FindWeekContaining(date)
                ?? throw new PlanTargetNotFoundException($"no week of plan '{document.Id}' contains {date:yyyy-MM-dd}");
            day = date.DayOfWeek;
        }
        else
        {
            week = document.FindWeek(run.WeekNumber!.Value)
                ?? throw new PlanTargetNotFoundException($"plan '{document.Id}' has no week {run.WeekNumber}");
            PlanRules.TryParseDay(run.DayOfWeek!, out day);
        }

        return PlanEditor.AddRun(document.Text, week, day, run with { DayOfWeek = null, Date = null, WeekNumber = null });
    };

    public static Func<PlanDocument, string> RemoveRun(RunAddress address) => document =>
    {
        var (week, run) = Locate(document, address);
        return PlanEditor.RemoveRun(document.Text, week, run);
    };

    public static Func<PlanDocument, string> UpdateWeek(int weekNumber, WeekUpdate changes) => document =>
    {
        var week = FindWeek(document, weekNumber);
        var fields = new List<(string, string)>();
        if (changes.WeeklyFocus is { } focus)
        {
            fields.Add(("weekly_focus", YamlScalars.String(focus)));
        }

        if (changes.TotalPlannedDistanceKm is { } km)
        {
            fields.Add(("total_planned_distance_km", YamlScalars.Number(km)));
        }

        return PlanEditor.SetFields(document.Text, week.Node, fields);
    };

    public static Func<PlanDocument, string> AddWeekComment(int weekNumber, string comment) => document =>
        PlanEditor.AddWeekComment(document.Text, FindWeek(document, weekNumber), comment);

    static WeekNode FindWeek(PlanDocument document, int weekNumber) =>
        document.FindWeek(weekNumber) ?? throw new PlanTargetNotFoundException($"plan '{document.Id}' has no week {weekNumber}");

    static (WeekNode Week, RunNode Run) Locate(PlanDocument document, RunAddress address)
    {
        var (week, candidates, index) = address switch
        {
            RunAddress.ByDate byDate when document.FindWeekContaining(byDate.Date) is { } w =>
                (w, w.Runs.Where(r => r.Run.Date == byDate.Date).ToList(), byDate.Index),
            RunAddress.ByWeekDay byDay when document.FindWeek(byDay.WeekNumber) is { } w =>
                (w, w.Runs.Where(r => r.Run.DayOfWeek is { } d && PlanRules.TryParseDay(d, out var day) && day == byDay.Day).ToList(), byDay.Index),
            _ => throw new PlanTargetNotFoundException($"plan '{document.Id}' has no week for {address}"),
        };

        if (index < 0 || index >= candidates.Count)
        {
            throw new PlanTargetNotFoundException(candidates.Count == 0
                ? $"plan '{document.Id}' has no {address}: nothing is planned that day"
                : $"plan '{document.Id}' has no {address}: that day has {candidates.Count} run(s), index from 0");
        }

        return (week, candidates[index]);
    }
}
