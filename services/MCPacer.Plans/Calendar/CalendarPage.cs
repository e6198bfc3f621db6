using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MCPacer.Contracts.Plans;

namespace MCPacer.Plans.Calendar;

/// <summary>
/// The original MCPacer's HTML training calendar, rendered on the server: a month grid per month of the plan, each day's
/// planned runs coloured by kind, completed and missed runs marked when adherence is known, today and race day
/// highlighted, and the details of a run in its tooltip.
/// </summary>
static class CalendarPage
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Write(TrainingPlan plan, PlanAdherence? adherence, DateOnly today)
    {
        var runs = plan.Weeks.SelectMany(w => w.Runs).Where(r => r.Date is not null).ToLookup(r => r.Date!.Value);
        var outcomes = adherence?.Weeks.SelectMany(w => w.Runs).Where(r => r.Planned is not null)
            .ToDictionary(r => (r.Planned!.Date, r.Planned.Index), r => r.Status) ?? [];
        var extras = adherence?.Weeks.SelectMany(w => w.Runs).Where(r => r.Status == AdherenceStatus.Extra).ToLookup(r => r.Date);
        var starts = plan.Weeks.Select(w => w.WeekStartDate).OfType<DateOnly>().ToList();
        var race = plan.GoalRace;

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(plan.PlanName ?? plan.Id)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<header><h1>").Append(E(plan.PlanName ?? plan.Id)).Append("</h1><div class=\"goal\">");
        Goal(page, "Race", race?.RaceName);
        Goal(page, "Date", race?.Date?.ToString("ddd MMM d, yyyy", Invariant));
        Goal(page, "Goal time", race?.GoalTime);
        Goal(page, "Goal pace", race?.GoalPaceMinPerKm is { } pace ? pace + " /km" : null);
        page.Append("</div></header>\n");
        if (adherence is null)
        {
            page.Append("<p class=\"notice\">Actual runs are not shown: the strava service did not answer.</p>\n");
        }

        page.Append("<ul class=\"legend\">");
        foreach (var kind in RunTypes.Ordered.GroupBy(t => RunTypes.KindOf(t)!.Value))
        {
            // One entry a colour, naming each type once: long and long_run are both "Long run".
            page.Append("<li class=\"run ").Append(KindClass(kind.Key)).Append("\">")
                .Append(E(string.Join(" / ", kind.Select(RunTypes.Label).Distinct()))).Append("</li>");
        }

        page.Append("<li class=\"run done\">completed</li><li class=\"run missed\">missed</li><li class=\"run extra\">unplanned</li></ul>\n");
        if (starts.Count > 0)
        {
            var first = new DateOnly(starts.Min().Year, starts.Min().Month, 1);
            var last = starts.Max().AddDays(6);
            for (var month = first; month <= last; month = month.AddMonths(1))
            {
                Month(page, month, runs, outcomes, extras, race?.Date, today);
            }
        }

        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    static void Month(StringBuilder page, DateOnly month, ILookup<DateOnly, PlannedRun> runs,
        Dictionary<(DateOnly?, int), string> outcomes, ILookup<DateOnly, RunAdherence>? extras, DateOnly? raceDay, DateOnly today)
    {
        page.Append("<section class=\"month\"><h2>").Append(month.ToString("MMMM yyyy", Invariant)).Append("</h2>\n<div class=\"grid\">");
        foreach (var name in new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
        {
            page.Append("<div class=\"weekday\">").Append(name).Append("</div>");
        }

        var lead = ((int)month.DayOfWeek + 6) % 7;
        page.Append(string.Concat(Enumerable.Repeat("<div class=\"day empty\"></div>", lead)));
        for (var day = month; day.Month == month.Month; day = day.AddDays(1))
        {
            var classes = "day" + (day == today ? " today" : "") + (day == raceDay ? " race-day" : "");
            page.Append("<div class=\"").Append(classes).Append("\"><span class=\"date\">").Append(day.Day).Append("</span>");
            foreach (var run in runs[day])
            {
                var outcome = outcomes.GetValueOrDefault((run.Date, run.Index));
                var mark = outcome switch
                {
                    AdherenceStatus.Matched or AdherenceStatus.Moved => " done",
                    AdherenceStatus.Missed => " missed",
                    _ => "",
                };
                page.Append("<div class=\"run ").Append(RunTypes.KindOf(run.Type) is { } kind ? KindClass(kind) : "").Append(mark).Append("\" title=\"").Append(E(Tooltip(run, outcome))).Append("\">")
                    .Append(E(Label(run))).Append("</div>");
            }

            foreach (var extra in extras?[day] ?? [])
            {
                page.Append("<div class=\"run extra\" title=\"").Append(E($"Unplanned: {extra.Actual!.Name}")).Append("\">")
                    .Append(E(string.Create(Invariant, $"+{extra.Actual.DistanceKm:0.#} km"))).Append("</div>");
            }

            page.Append("</div>");
        }

        page.Append("</div></section>\n");
    }

    static string Label(PlannedRun run) => (run.DistanceKm, run.DurationMinutes) switch
    {
        ( { } km and > 0, _) => string.Create(Invariant, $"{RunTypes.Label(run.Type)} {km:0.#} km"),
        (_, { } minutes and > 0) => string.Create(Invariant, $"{RunTypes.Label(run.Type)} {minutes:0} min"),
        _ => RunTypes.Label(run.Type),
    };

    /// <summary>The CSS class of a kind's colour: "easy", "long", "cross_training" ...</summary>
    static string KindClass(RunKind kind) => kind switch
    {
        RunKind.CrossTraining => "cross_training",
        _ => kind.ToString().ToLowerInvariant(),
    };

    static string Tooltip(PlannedRun run, string? outcome)
    {
        var parts = new List<string> { Label(run) };
        parts.AddRange(new[] { run.TargetPaceMinPerKm is { } p ? $"@ {p}/km" : null, run.Structure, run.Description, outcome }.OfType<string>());
        return string.Join(" · ", parts);
    }

    static void Goal(StringBuilder page, string label, string? value)
    {
        if (value is not null)
        {
            page.Append("<div><strong>").Append(label).Append("</strong>").Append(E(value)).Append("</div>");
        }
    }

    static string E(string text) => Html.Encode(text);

    const string Style = """
        body{font-family:system-ui,sans-serif;background:#f4f5fb;margin:0;padding:24px;color:#2d3748}
        main{max-width:1200px;margin:0 auto;background:#fff;border-radius:16px;padding:32px;box-shadow:0 10px 40px rgba(0,0,0,.12)}
        header{text-align:center;border-bottom:3px solid #667eea;padding-bottom:20px;margin-bottom:20px}
        .goal{display:flex;gap:16px;justify-content:center;flex-wrap:wrap}
        .goal div{background:linear-gradient(135deg,#667eea,#764ba2);color:#fff;padding:10px 20px;border-radius:10px}
        .goal strong{display:block;font-size:.8em;opacity:.85}
        .notice{background:#fff5f5;border:1px solid #fc8181;padding:10px;border-radius:8px}
        .legend{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;justify-content:center}
        .month{background:#f7fafc;border-radius:12px;padding:16px;margin:20px 0}
        .grid{display:grid;grid-template-columns:repeat(7,1fr);gap:6px}
        .weekday{text-align:center;font-weight:600;color:#4a5568}
        .day{background:#fff;border:2px solid #e2e8f0;border-radius:8px;min-height:84px;padding:4px}
        .day.empty{background:none;border:none}
        .day.today{border-color:#667eea;box-shadow:0 0 10px rgba(102,126,234,.4)}
        .day.race-day{background:#fed7d7;border-color:#c53030}
        .date{font-weight:600;font-size:.85em}
        .run{font-size:.72em;color:#fff;border-radius:5px;padding:2px 5px;margin-top:3px;background:#718096}
        .easy{background:#48bb78}.long{background:#9f7aea}.race{background:#f56565}.workout{background:#ed8936}
        .cross_training{background:#38b2ac}.rest{background:#cbd5e0;color:#4a5568}
        .run.done{outline:3px solid #22543d}.run.missed{opacity:.55;outline:2px dashed #c53030}
        .run.extra{background:#4299e1}
        """;
}
