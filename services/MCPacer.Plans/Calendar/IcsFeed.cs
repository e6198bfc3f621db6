using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MCPacer.Contracts.Plans;

namespace MCPacer.Plans.Calendar;

/// <summary>
/// The plan as an iCalendar feed: one all-day event per planned run, its structure and target pace in the
/// description. UIDs are made from plan, date and the run's index that day, so an edited run updates the
/// event in Google or Apple Calendar instead of adding a second one.
/// </summary>
static class IcsFeed
{
    /// <summary>The feed of <paramref name="plan"/>; with no active plan, an empty calendar that fills once there is one.</summary>
    public static string Write(TrainingPlan? plan, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//MCPacer//Training plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", plan is null ? "MCPacer" : $"MCPacer: {plan.PlanName ?? plan.Id}");
        var stamp = new CalDateTime(now.UtcDateTime, "UTC");
        foreach (var run in plan?.Weeks.SelectMany(w => w.Runs).Where(r => r.Date is not null) ?? [])
        {
            var date = run.Date!.Value;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(plan!.Id, date, run.Index),
                Summary = Summary(run),
                Description = Description(run),
                Start = new CalDateTime(date.Year, date.Month, date.Day),
                End = new CalDateTime(date.AddDays(1).Year, date.AddDays(1).Month, date.AddDays(1).Day),
                DtStamp = stamp,
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string Uid(string planId, DateOnly date, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{planId}-{date:yyyyMMdd}-{index}@mcpacer");

    static string Summary(PlannedRun run)
    {
        var type = CultureInfo.InvariantCulture.TextInfo.ToTitleCase((run.Type ?? "run").Replace('_', ' '));
        return run.DistanceKm is { } km and > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{type} {km:0.#} km")
            : run.DurationMinutes is { } minutes ? string.Create(CultureInfo.InvariantCulture, $"{type} {minutes:0} min") : type;
    }

    static string Description(PlannedRun run)
    {
        var text = new StringBuilder();
        if (run.TargetPaceMinPerKm is { } pace)
        {
            text.Append("Target pace ").Append(pace).Append("/km\n");
        }

        if (run.Structure is { } structure)
        {
            text.Append(structure).Append('\n');
        }

        if (run.Description is { } description)
        {
            text.Append(description).Append('\n');
        }

        return text.ToString().TrimEnd();
    }
}
