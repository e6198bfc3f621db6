using System.Globalization;
using System.Text.RegularExpressions;

namespace MCPacer.Coach.Sessions;

/// <summary>
/// The memory's Session History: one line per distilled session ("- 2026-11-20: ..."), newest first, one per date,
/// capped. Lines a person wrote there that are not dated entries are kept above the list.
/// </summary>
internal static partial class SessionHistory
{
    public const int MaxLineLength = 120;

    /// <summary>The first meaningful line of a log (no headings, rules or fences; list markers and emphasis removed), at most 120 characters.</summary>
    public static string OneLiner(string log)
    {
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("```", StringComparison.Ordinal) || RulePattern().IsMatch(line))
            {
                continue;
            }

            line = WhitespacePattern().Replace(ListMarkerPattern().Replace(line, "").Replace("**", "").Replace("__", ""), " ").Trim();
            if (line.Length > 0)
            {
                return line.Length <= MaxLineLength ? line : line[..(MaxLineLength - 1)].TrimEnd() + "…";
            }
        }

        return "(empty session log)";
    }

    public static string Merge(string? sectionBody, IEnumerable<(DateOnly Date, string Line)> distilled, int limit)
    {
        var notes = new List<string>();
        var entries = new SortedDictionary<DateOnly, string>(Comparer<DateOnly>.Create((a, b) => b.CompareTo(a)));
        foreach (var line in (sectionBody ?? "").Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (EntryPattern().Match(line) is { Success: true } match
                && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                entries.TryAdd(date, match.Groups[2].Value.Trim());
            }
            else if (line.Trim().Length > 0)
            {
                notes.Add(line);
            }
        }

        foreach (var (date, line) in distilled)
        {
            entries.TryAdd(date, line);
        }

        return string.Join('\n', notes.Concat(entries.Take(limit).Select(e => $"- {e.Key:yyyy-MM-dd}: {e.Value}")));
    }

    [GeneratedRegex(@"^\s*[-*]\s*\**(\d{4}-\d{2}-\d{2})\**\s*[:—–-]\s*(.*)$")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"^([-*_])(\s*\1){2,}$")]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarkerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
