using System.Text;
using MCPacer.Contracts.Coach;

namespace MCPacer.Cli.Import;

/// <summary>
/// coaching_data/COACH_MEMORY.md → coach/COACH_MEMORY.md, section by section: the original's seven "##" sections are
/// ours under the same headings. Without a memory here the file is copied as it is; with one, each section of the
/// original fills the same section here when that is empty or missing, and conflicts when it holds other text.
/// Sections not among the seven are kept as extra sections.
/// </summary>
static class MemoryImport
{
    const string What = "memory";

    public static void Collect(ImportList list)
    {
        var source = list.Original.Memory;
        if (!File.Exists(source))
        {
            list.NothingToImport.Add("coach memory: no coaching_data/COACH_MEMORY.md");
            return;
        }

        if (list.Read(What, source) is not { } contents)
        {
            return;
        }

        var theirs = MemoryDocument.Parse(Encoding.UTF8.GetString(contents));
        var sections = theirs.SectionTitles.Where(title => theirs.Section(title) is { Length: > 0 }).ToList();
        if (sections.Count == 0)
        {
            list.NothingToImport.Add("coach memory: COACH_MEMORY.md has no section with text");
            return;
        }

        var target = list.Data.Memory;
        var ours = File.Exists(target) ? File.ReadAllText(target) : null;
        var merged = ours ?? theirs.Text;
        foreach (var title in sections)
        {
            var content = theirs.Section(title)!;
            var here = ours is null ? null : MemoryDocument.Parse(merged).Section(title);
            var state = ours is null || string.IsNullOrEmpty(here) ? ImportState.New
                : here == content ? ImportState.Unchanged
                : ImportState.Conflict;
            var notes = new List<string>();
            if (!MemorySectionKeys.All.Any(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase)))
            {
                notes.Add("not one of the seven sections: kept as an extra section");
            }

            if (state == ImportState.Conflict)
            {
                notes.Add("the section here has other text");
            }

            list.Add(new ImportItem(state, What, $"{list.SourceName(source)} \"## {title}\"", list.TargetName(target),
                notes.Count == 0 ? null : string.Join("; ", notes)));
            if (ours is not null && (state == ImportState.New || state == ImportState.Conflict && list.Force))
            {
                merged = MemoryDocument.Parse(merged).ReplaceSection(title, content);
            }
        }

        if (ours is null)
        {
            list.Write(target, contents);
        }
        else if (merged != ours)
        {
            list.Write(target, Encoding.UTF8.GetBytes(merged));
        }
    }
}
