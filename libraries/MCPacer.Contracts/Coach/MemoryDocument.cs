using System.Text.RegularExpressions;

namespace MCPacer.Contracts.Coach;

/// <summary>
/// COACH_MEMORY.md read as headings over untouched text. A section is the text between a "## Title" line and the
/// next "#" or "##" heading outside a code fence; replacing one rewrites only that span, so everything else
/// (unknown sections, hand-written notes, the author's spacing) stays byte-for-byte as it was.
/// </summary>
public sealed partial class MemoryDocument
{
    readonly string _text;
    readonly List<Heading> _headings;

    MemoryDocument(string text, List<Heading> headings)
    {
        _text = text;
        _headings = headings;
    }

    public string Text => _text;

    /// <summary>The titles of the "##" sections in file order, each once (titles compare ignoring case).</summary>
    public IReadOnlyList<string> SectionTitles =>
        _headings.Where(h => h.Level == 2).Select(h => h.Title).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A "#" or "##" line: where it starts, where its body starts and ends.</summary>
    sealed record Heading(int Level, string Title, int LineNumber, int Start, int BodyStart)
    {
        public int BodyEnd { get; set; }
    }

    public static MemoryDocument Parse(string text)
    {
        var headings = new List<Heading>();
        var inFence = false;
        var lineNumber = 0;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            var line = text[start..end].TrimEnd('\n', '\r');
            lineNumber++;
            if (FencePattern().IsMatch(line))
            {
                inFence = !inFence;
            }
            else if (!inFence && HeadingPattern().Match(line) is { Success: true } match)
            {
                if (headings.Count > 0)
                {
                    headings[^1].BodyEnd = start;
                }

                headings.Add(new Heading(match.Groups[1].Length, match.Groups[2].Value.Trim(), lineNumber, start, end));
            }

            start = end;
        }

        if (headings.Count > 0)
        {
            headings[^1].BodyEnd = text.Length;
        }

        return new MemoryDocument(text, headings);
    }

    /// <summary>The first line of <paramref name="content"/> that would start a new section, if any.</summary>
    public static (int Line, string Text)? FirstSectionHeading(string content) =>
        Parse(content)._headings is [var first, ..] ? (first.LineNumber, $"{new string('#', first.Level)} {first.Title}") : null;

    /// <summary>The section's text without surrounding blank lines, or null when the file has no such heading.</summary>
    public string? Section(string title) =>
        Find(title) is { } heading ? _text[heading.BodyStart..heading.BodyEnd].Trim('\r', '\n') : null;

    /// <summary>The whole file with one section's body replaced (the section is appended when the heading is missing).</summary>
    public string ReplaceSection(string title, string content)
    {
        var body = content.Trim('\r', '\n');
        var heading = Find(title);
        if (heading is null)
        {
            var separator = _text.Length == 0 ? "" : _text.EndsWith("\n\n", StringComparison.Ordinal) ? "" : _text.EndsWith('\n') ? "\n" : "\n\n";
            return $"{_text}{separator}## {title}\n{(body.Length > 0 ? body + "\n" : "")}";
        }

        var isLast = heading.BodyEnd == _text.Length;
        var replacement = (body.Length > 0 ? body + "\n" : "") + (isLast ? "" : "\n");
        return string.Concat(_text.AsSpan(0, heading.BodyStart), replacement, _text.AsSpan(heading.BodyEnd));
    }

    /// <summary>A new memory file: the title and the seven sections, empty.</summary>
    public static string Template(IEnumerable<string> sectionTitles) =>
        "# Coach Memory\n\n" + string.Join("\n", sectionTitles.Select(title => $"## {title}\n"));

    Heading? Find(string title) =>
        _headings.FirstOrDefault(h => h.Level == 2 && string.Equals(h.Title, title, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(#{1,2})[ \t]+(.*?)[ \t]*#*[ \t]*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^[ \t]{0,3}(```|~~~)")]
    private static partial Regex FencePattern();
}
