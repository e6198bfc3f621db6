using System.Text;
using MCPacer.Contracts.Plans;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MCPacer.Plans.Yaml;

/// <summary>
/// Surgical edits: each one splices new text in at the positions of the nodes it changes, so comments,
/// key order, quoting and blank lines elsewhere in the file stay exactly as the runner (or anyone) wrote them.
/// </summary>
static class PlanEditor
{
    /// <summary>Sets scalar fields of a week or run; keys that exist keep their place, new ones go after the last key.</summary>
    public static string SetFields(string text, YamlMappingNode mapping, IReadOnlyList<(string Key, string Yaml)> fields)
    {
        var splices = new List<Splice>();
        var missing = new List<(string Key, string Yaml)>();
        foreach (var (key, yaml) in fields)
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                missing.Add((key, yaml));
            }
            else if (YamlSpans.IsEmpty(value))
            {
                // "key:" with nothing after it: the value goes after the colon.
                var colon = text.IndexOf(':', YamlSpans.ContentEnd(mapping.Children.First(p => p.Value == value).Key));
                splices.Add(new Splice(colon + 1, colon + 1, " " + yaml));
            }
            else if (value is YamlScalarNode scalar)
            {
                var end = (int)scalar.End.Index;
                var keepNewline = scalar.Style is YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded && text[end - 1] == '\n';
                splices.Add(new Splice(YamlSpans.Start(scalar), end, keepNewline ? yaml + "\n" : yaml));
            }
            else
            {
                throw new PlanEditException($"'{key}' holds a list or mapping in the file; edit it by hand");
            }
        }

        if (missing.Count > 0)
        {
            splices.Add(AppendKeys(text, mapping, missing));
        }

        return Apply(text, splices);
    }

    /// <summary>Adds a run to a week, after the last run that falls on the same day or earlier.</summary>
    public static string AddRun(string text, WeekNode week, DayOfWeek day, RunFields run)
    {
        var fields = RunYaml(PlanRules.DayName(day), run);
        var runsPair = week.Node.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "runs" });
        if (runsPair.Key is null)
        {
            var indent = YamlSpans.Column(text, YamlSpans.Start(week.Node.Children.First().Key));
            var block = new string(' ', indent) + "runs:\n" + RunBlock(fields, indent);
            var at = YamlSpans.NextLineStart(text, YamlSpans.ContentEnd(week.Node));
            return Apply(text, [new Splice(at, at, Terminated(text, at) + block)]);
        }

        var keyIndent = YamlSpans.Column(text, YamlSpans.Start(runsPair.Key));
        switch (runsPair.Value)
        {
            case YamlSequenceNode { Style: SequenceStyle.Block } runs when runs.Children.Count > 0:
            {
                var dashIndent = YamlSpans.Column(text, YamlSpans.DashIndex(text, runs.Children[0]));
                var before = week.Runs.LastOrDefault(r => OffsetOf(r) <= PlanRules.MondayOffset(day));
                var at = before is null
                    ? YamlSpans.LineStart(text, YamlSpans.DashIndex(text, runs.Children[0]))
                    : YamlSpans.NextLineStart(text, YamlSpans.ContentEnd(before.Node));
                return Apply(text, [new Splice(at, at, Terminated(text, at) + RunBlock(fields, dashIndent))]);
            }
            case YamlSequenceNode { Style: SequenceStyle.Flow, Children.Count: 0 } or YamlScalarNode:
            {
                // "runs: []" or "runs:" with nothing: becomes a block list under the key.
                var keyEnd = YamlSpans.ContentEnd(runsPair.Key);
                var valueEnd = YamlSpans.IsEmpty(runsPair.Value) ? keyEnd : YamlSpans.ContentEnd(runsPair.Value);
                var lineEnd = YamlSpans.NextLineStart(text, valueEnd);
                var trailing = text[valueEnd..lineEnd].TrimEnd('\n');
                var comment = trailing.Contains('#') ? " " + trailing[trailing.IndexOf('#')..] : "";
                return Apply(text, [new Splice(keyEnd, lineEnd, ":" + comment + "\n" + RunBlock(fields, keyIndent))]);
            }
            default:
                throw new PlanEditException("this week's runs are written as a flow list ([...]); edit it by hand");
        }
    }

    public static string RemoveRun(string text, WeekNode week, RunNode run)
    {
        var runsPair = week.Node.Children.First(p => p.Key is YamlScalarNode { Value: "runs" });
        if (runsPair.Value is not YamlSequenceNode { Style: SequenceStyle.Block } runs)
        {
            throw new PlanEditException("this week's runs are written as a flow list ([...]); edit it by hand");
        }

        var end = YamlSpans.NextLineStart(text, YamlSpans.ContentEnd(run.Node));
        if (runs.Children.Count == 1)
        {
            var keyEnd = YamlSpans.ContentEnd(runsPair.Key);
            return Apply(text, [new Splice(keyEnd, end, ": []\n")]);
        }

        var start = YamlSpans.LineStart(text, YamlSpans.DashIndex(text, run.Node));
        return Apply(text, [new Splice(start, end, "")]);
    }

    /// <summary>Writes the comment as "# ..." lines just above the week, where the plan context finds it.</summary>
    public static string AddWeekComment(string text, WeekNode week, string comment)
    {
        var dash = YamlSpans.DashIndex(text, week.Node);
        var indent = new string(' ', YamlSpans.Column(text, dash));
        var lines = comment.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => $"{indent}# {line}\n");
        var at = YamlSpans.LineStart(text, dash);
        return Apply(text, [new Splice(at, at, string.Concat(lines))]);
    }

    public static List<(string Key, string Yaml)> RunYaml(string? day, RunFields run)
    {
        var fields = new List<(string, string)>();
        if (day is not null)
        {
            fields.Add(("day_of_week", day));
        }

        Add(fields, "type", run.Type);
        if (run.DistanceKm is { } km)
        {
            fields.Add(("distance_km", YamlScalars.Number(km)));
        }

        Add(fields, "target_pace_min_per_km", run.TargetPaceMinPerKm);
        Add(fields, "structure", run.Structure);
        Add(fields, "description", run.Description);
        if (run.DurationMinutes is { } minutes)
        {
            fields.Add(("duration_minutes", YamlScalars.Number(minutes)));
        }

        return fields;

        static void Add(List<(string, string)> fields, string key, string? value)
        {
            if (value is not null)
            {
                fields.Add((key, YamlScalars.String(value)));
            }
        }
    }

    public static string RunBlock(IReadOnlyList<(string Key, string Yaml)> fields, int dashIndent)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            builder.Append(' ', dashIndent).Append(i == 0 ? "- " : "  ").Append(fields[i].Key).Append(": ").Append(fields[i].Yaml).Append('\n');
        }

        return builder.ToString();
    }

    static int OffsetOf(RunNode run) =>
        run.Run.DayOfWeek is { } day && PlanRules.TryParseDay(day, out var parsed) ? PlanRules.MondayOffset(parsed) : 7;

    static Splice AppendKeys(string text, YamlMappingNode mapping, List<(string Key, string Yaml)> fields)
    {
        if (mapping.Style == MappingStyle.Flow)
        {
            var close = (int)mapping.End.Index - 1;
            var entries = string.Join(", ", fields.Select(f => $"{f.Key}: {f.Yaml}"));
            return new Splice(close, close, (mapping.Children.Count > 0 ? ", " : "") + entries);
        }

        var indent = YamlSpans.Column(text, YamlSpans.Start(mapping.Children.First().Key));
        var at = YamlSpans.NextLineStart(text, YamlSpans.ContentEnd(mapping));
        var lines = string.Concat(fields.Select(f => $"{new string(' ', indent)}{f.Key}: {f.Yaml}\n"));
        return new Splice(at, at, Terminated(text, at) + lines);
    }

    /// <summary>A newline first when inserting at the very end of a file that does not end with one.</summary>
    static string Terminated(string text, int at) => at == text.Length && at > 0 && text[^1] != '\n' ? "\n" : "";

    static string Apply(string text, List<Splice> splices)
    {
        var builder = new StringBuilder(text);
        foreach (var splice in splices.OrderByDescending(s => s.Start))
        {
            builder.Remove(splice.Start, splice.End - splice.Start).Insert(splice.Start, splice.Text);
        }

        return builder.ToString();
    }

    readonly record struct Splice(int Start, int End, string Text);
}

/// <summary>An edit the file's layout does not allow (the API answers 409 with the message).</summary>
sealed class PlanEditException(string message) : Exception(message);
