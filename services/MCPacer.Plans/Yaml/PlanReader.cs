using System.Security.Cryptography;
using System.Text;
using MCPacer.Contracts.Plans;
using YamlDotNet.RepresentationModel;

namespace MCPacer.Plans.Yaml;

/// <summary>
/// Reads a plan file into the API's model and checks it against the schema. Every problem is collected
/// with its line, column and field, and the plan is read as far as it can be: a broken plan is shown, not dropped.
/// </summary>
sealed class PlanReader
{
    readonly string _fileName;
    readonly List<PlanProblem> _problems = [];

    PlanReader(string fileName) => _fileName = fileName;

    public static PlanDocument Read(string id, string text)
    {
        var fileName = id + PlanFiles.Extension;
        var yaml = ParsedYaml.Parse(fileName, text);
        var revision = Revisions.Of(text);
        if (yaml.Root is null)
        {
            var empty = new TrainingPlan(id, revision, null, null, null, null, [], true, [yaml.SyntaxError!]);
            return new PlanDocument(id, yaml, revision, empty, []);
        }

        var reader = new PlanReader(fileName);
        return reader.ReadPlan(id, revision, yaml);
    }

    PlanDocument ReadPlan(string id, string revision, ParsedYaml yaml)
    {
        var root = yaml.Root!;
        CheckKeys(root, PlanRules.RootKeys, "");
        var planName = Text(root, "plan_name", "plan_name", required: true);
        var goalRace = Child(root, "goal_race") switch
        {
            null => null,
            YamlMappingNode race => ReadGoalRace(race),
            var other => Problem<GoalRace>(other, "goal_race", "goal_race must be a mapping (date:, goal_time: ...)"),
        };
        if (goalRace is null && Child(root, "goal_race") is null)
        {
            Problem(root, "goal_race", "the plan has no goal_race (its date decides which plan is active)");
        }

        var startDate = Date(root, "plan_start_date", "plan_start_date");
        if (startDate is { } start && start.DayOfWeek != DayOfWeek.Monday)
        {
            Problem(Child(root, "plan_start_date")!, "plan_start_date", $"{start:yyyy-MM-dd} is a {start.DayOfWeek}, not a Monday");
        }

        var notes = Text(root, "notes", "notes");
        var weekNodes = Child(root, "weeks") switch
        {
            null => [],
            YamlSequenceNode weeks => ReadWeeks(yaml, root, weeks, ImpliedWeekStart(startDate, goalRace?.Date, weeks)),
            YamlScalarNode scalar when YamlSpans.IsEmpty(scalar) => [],
            var other => Problem<List<WeekNode>>(other, "weeks", "weeks must be a list of weeks") ?? [],
        };

        var plan = new TrainingPlan(id, revision, planName, goalRace, startDate, notes,
            [.. weekNodes.Select(w => w.Week)], _problems.Count > 0, _problems);
        return new PlanDocument(id, yaml, revision, plan, weekNodes);
    }

    GoalRace ReadGoalRace(YamlMappingNode race)
    {
        CheckKeys(race, PlanRules.GoalRaceKeys, "goal_race.");
        var date = Date(race, "date", "goal_race.date");
        if (date is null && Child(race, "date") is null)
        {
            Problem(race, "goal_race.date", "goal_race has no date");
        }

        var goalTime = Text(race, "goal_time", "goal_race.goal_time");
        if (goalTime is not null && PlanRules.GoalTimeError(goalTime) is { } timeError)
        {
            Problem(Child(race, "goal_time")!, "goal_race.goal_time", timeError);
        }

        return new GoalRace(date, Text(race, "race_type", "goal_race.race_type"), Number(race, "distance_km", "goal_race.distance_km"),
            goalTime, Pace(race, "goal_pace_min_per_km", "goal_race.goal_pace_min_per_km"), Text(race, "race_name", "goal_race.race_name"));
    }

    List<WeekNode> ReadWeeks(ParsedYaml yaml, YamlMappingNode root, YamlSequenceNode weeks, Func<int, DateOnly?> impliedStart)
    {
        var result = new List<WeekNode>();
        var seen = new Dictionary<int, int>();
        var boundary = YamlSpans.ContentEnd(root.Children.First(p => p.Key is YamlScalarNode { Value: "weeks" }).Key);
        for (var i = 0; i < weeks.Children.Count; i++)
        {
            var field = $"weeks[{i}]";
            if (weeks.Children[i] is not YamlMappingNode week)
            {
                Problem(weeks.Children[i], field, "a week must be a mapping (week_number:, week_start_date:, runs: ...)");
                continue;
            }

            CheckKeys(week, PlanRules.WeekKeys, field + ".");
            var number = Integer(week, "week_number", field + ".week_number");
            if (number is null && Child(week, "week_number") is null)
            {
                Problem(week, field + ".week_number", "the week has no week_number");
            }
            else if (number is { } n && !seen.TryAdd(n, (int)week.Start.Line))
            {
                Problem(Child(week, "week_number")!, field + ".week_number", $"week {n} appears twice (first on line {seen[n]})");
            }

            var startDate = Date(week, "week_start_date", field + ".week_start_date");
            if (startDate is { } start && start.DayOfWeek != DayOfWeek.Monday)
            {
                Problem(Child(week, "week_start_date")!, field + ".week_start_date", $"{start:yyyy-MM-dd} is a {start.DayOfWeek}, not a Monday");
            }
            else if (startDate is null && Child(week, "week_start_date") is null && number is { } weekNumber)
            {
                startDate = impliedStart(weekNumber);
                if (startDate is null)
                {
                    Problem(week, field + ".week_start_date",
                        "the week has no week_start_date (the Monday it begins), and the plan no plan_start_date or goal_race.date to count from");
                }
            }

            var runs = Child(week, "runs") switch
            {
                null => [],
                YamlSequenceNode sequence => ReadRuns(sequence, startDate, field),
                YamlScalarNode scalar when YamlSpans.IsEmpty(scalar) => [],
                var other => Problem<List<RunNode>>(other, field + ".runs", "runs must be a list of runs") ?? [],
            };

            var comments = WeekComments(yaml, week, boundary);
            boundary = YamlSpans.ContentEnd(week);
            var planWeek = new PlanWeek(number ?? 0, startDate, Number(week, "total_planned_distance_km", field + ".total_planned_distance_km"),
                Text(week, "weekly_focus", field + ".weekly_focus"), comments, [.. runs.Select(r => r.Run)]);
            result.Add(new WeekNode(planWeek, week, runs));
        }

        return result;
    }

    List<RunNode> ReadRuns(YamlSequenceNode runs, DateOnly? weekStart, string weekField)
    {
        var result = new List<RunNode>();
        var perDate = new Dictionary<DateOnly, int>();
        for (var i = 0; i < runs.Children.Count; i++)
        {
            var field = $"{weekField}.runs[{i}]";
            if (runs.Children[i] is not YamlMappingNode run)
            {
                Problem(runs.Children[i], field, "a run must be a mapping (day_of_week:, type:, distance_km: ...)");
                continue;
            }

            CheckKeys(run, PlanRules.RunKeys, field + ".");
            var dayText = Text(run, "day_of_week", field + ".day_of_week", required: true);
            DateOnly? date = null;
            if (dayText is not null)
            {
                if (PlanRules.TryParseDay(dayText, out var day))
                {
                    date = weekStart?.AddDays(PlanRules.MondayOffset(day));
                }
                else
                {
                    Problem(Child(run, "day_of_week")!, field + ".day_of_week", PlanRules.DayError(dayText)!);
                }
            }

            var type = Text(run, "type", field + ".type", required: true);
            if (type is not null && PlanRules.RunTypeError(type) is { } typeError)
            {
                Problem(Child(run, "type")!, field + ".type", typeError);
            }

            var index = 0;
            if (date is { } d)
            {
                index = perDate.GetValueOrDefault(d);
                perDate[d] = index + 1;
            }

            result.Add(new RunNode(new PlannedRun(date, index, dayText, type,
                Number(run, "distance_km", field + ".distance_km"),
                Pace(run, "target_pace_min_per_km", field + ".target_pace_min_per_km"),
                Text(run, "structure", field + ".structure"),
                Text(run, "description", field + ".description"),
                Number(run, "duration_minutes", field + ".duration_minutes")), run));
        }

        return result;
    }

    /// <summary>
    /// Where a week without week_start_date begins (the original MCPacer's README example leaves it out): counted from
    /// plan_start_date, the Monday of week 1, else back from the race, whose week is the plan's last.
    /// </summary>
    static Func<int, DateOnly?> ImpliedWeekStart(DateOnly? planStart, DateOnly? raceDate, YamlSequenceNode weeks)
    {
        if (planStart is { DayOfWeek: DayOfWeek.Monday } start)
        {
            return n => start.AddDays(7 * (n - 1));
        }

        var last = weeks.Children.OfType<YamlMappingNode>()
            .Select(w => Child(w, "week_number") is YamlScalarNode { Value: { } text } && int.TryParse(text, out var n) ? n : 0)
            .DefaultIfEmpty().Max();
        return raceDate is { } race && last >= 1 ? n => PlanRules.MondayOf(race).AddDays(-7 * (last - n)) : _ => null;
    }

    /// <summary>Comment lines above the week (after the previous one) and comments beside its own keys.</summary>
    static List<string> WeekComments(ParsedYaml yaml, YamlMappingNode week, int boundary)
    {
        var dashLine = YamlSpans.LineStart(yaml.Text, YamlSpans.DashIndex(yaml.Text, week));
        var ownLines = week.Children.Where(p => p.Key is not YamlScalarNode { Value: "runs" })
            .Select(p => (int)p.Key.Start.Line).ToHashSet();
        return [.. yaml.Comments
            .Where(c => c.IsInline ? ownLines.Contains(c.Line) : c.Index > boundary && c.Index < dashLine)
            .Select(c => c.Text)
            .Where(text => text.Length > 0)];
    }

    void CheckKeys(YamlMappingNode mapping, string[] known, string prefix)
    {
        foreach (var key in mapping.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name))
            {
                var shown = key is YamlScalarNode { Value: { } n } ? n : key.ToString();
                Problem(key, prefix + shown, $"unknown key '{shown}'; expected one of {string.Join(", ", known)}");
            }
        }
    }

    static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    string? Text(YamlMappingNode mapping, string key, string field, bool required = false)
    {
        switch (Child(mapping, key))
        {
            case null when required:
                Problem(mapping, field, $"{key} is missing");
                return null;
            case null:
                return null;
            case YamlScalarNode scalar when YamlSpans.IsEmpty(scalar):
                if (required)
                {
                    Problem(scalar, field, $"{key} is empty");
                }

                return null;
            case YamlScalarNode scalar:
                if (scalar.Value!.Length > PlanLimits.MaxTextLength)
                {
                    Problem(scalar, field, $"longer than {PlanLimits.MaxTextLength} characters");
                }

                return scalar.Value;
            case var other:
                return Problem<string>(other, field, $"{key} must be a single value, not a list or mapping");
        }
    }

    double? Number(YamlMappingNode mapping, string key, string field)
    {
        var text = Text(mapping, key, field);
        if (text is null)
        {
            return null;
        }

        if (PlanRules.TryParseNumber(text, out var value) && value >= 0)
        {
            return value;
        }

        Problem(Child(mapping, key)!, field, $"'{text}' is not a non-negative number");
        return null;
    }

    int? Integer(YamlMappingNode mapping, string key, string field)
    {
        var text = Text(mapping, key, field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out var value) && value >= 1)
        {
            return value;
        }

        Problem(Child(mapping, key)!, field, $"'{text}' is not a whole number from 1");
        return null;
    }

    DateOnly? Date(YamlMappingNode mapping, string key, string field)
    {
        var text = Text(mapping, key, field);
        if (text is null)
        {
            return null;
        }

        if (PlanRules.TryParseDate(text, out var date))
        {
            return date;
        }

        Problem(Child(mapping, key)!, field, $"'{text}' is not a date; write YYYY-MM-DD");
        return null;
    }

    string? Pace(YamlMappingNode mapping, string key, string field)
    {
        var text = Text(mapping, key, field);
        if (text is not null && PlanRules.PaceError(text) is { } error)
        {
            Problem(Child(mapping, key)!, field, error);
        }

        return text;
    }

    void Problem(YamlNode at, string field, string message) =>
        _problems.Add(new PlanProblem(_fileName, (int)at.Start.Line, (int)at.Start.Column, field, message));

    T? Problem<T>(YamlNode at, string field, string message) where T : class
    {
        Problem(at, field, message);
        return null;
    }
}

static class Revisions
{
    /// <summary>A plan's revision: the start of the SHA-256 of its text, so any change, by anyone, is a new revision.</summary>
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
