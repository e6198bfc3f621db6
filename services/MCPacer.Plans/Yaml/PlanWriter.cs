using System.Text;
using MCPacer.Contracts.Plans;

namespace MCPacer.Plans.Yaml;

sealed record WeekDraft(int WeekNumber, DateOnly WeekStartDate, double? TotalPlannedDistanceKm, string? WeeklyFocus,
    IReadOnlyList<(DayOfWeek Day, RunFields Run)> Runs);

/// <summary>Writes a new plan file in the original MCPacer's layout (only for plans we create; existing files are edited in place).</summary>
static class PlanWriter
{
    public static string Write(string? headerComment, string planName, GoalRace race, DateOnly startDate, string? notes,
        IReadOnlyList<WeekDraft> weeks)
    {
        var yaml = new StringBuilder();
        if (headerComment is not null)
        {
            yaml.Append("# ").Append(headerComment).Append('\n');
        }

        yaml.Append("plan_name: ").Append(YamlScalars.String(planName)).Append('\n');
        yaml.Append("goal_race:\n");
        Line(yaml, 2, "date", race.Date is { } date ? YamlScalars.Date(date) : null);
        Line(yaml, 2, "race_type", race.RaceType is { } type ? YamlScalars.String(type) : null);
        Line(yaml, 2, "distance_km", race.DistanceKm is { } km ? YamlScalars.Number(km) : null);
        Line(yaml, 2, "goal_time", race.GoalTime is { } time ? YamlScalars.String(time) : null);
        Line(yaml, 2, "goal_pace_min_per_km", race.GoalPaceMinPerKm is { } pace ? YamlScalars.String(pace) : null);
        Line(yaml, 2, "race_name", race.RaceName is { } name ? YamlScalars.String(name) : null);
        yaml.Append('\n');
        Line(yaml, 0, "plan_start_date", YamlScalars.Date(startDate));
        Line(yaml, 0, "notes", notes is null ? null : YamlScalars.String(notes));
        yaml.Append("\nweeks:\n");
        foreach (var week in weeks)
        {
            yaml.Append("- week_number: ").Append(week.WeekNumber).Append('\n');
            Line(yaml, 2, "week_start_date", YamlScalars.Date(week.WeekStartDate));
            Line(yaml, 2, "total_planned_distance_km", week.TotalPlannedDistanceKm is { } total ? YamlScalars.Number(total) : null);
            Line(yaml, 2, "weekly_focus", week.WeeklyFocus is null ? null : YamlScalars.String(week.WeeklyFocus));
            if (week.Runs.Count == 0)
            {
                yaml.Append("  runs: []\n");
                continue;
            }

            yaml.Append("  runs:\n");
            foreach (var (day, run) in week.Runs)
            {
                yaml.Append(PlanEditor.RunBlock(PlanEditor.RunYaml(PlanRules.DayName(day), run), 2));
            }
        }

        return yaml.ToString();
    }

    static void Line(StringBuilder yaml, int indent, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(' ', indent).Append(key).Append(": ").Append(value).Append('\n');
        }
    }
}
