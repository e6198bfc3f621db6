using System.Globalization;

namespace MCPacer.Cli.Import;

/// <summary>
/// coaching_data/memory/YYYY-MM-DD.md → coach/sessions/, and its archive/ → coach/sessions/archive/, byte for byte
/// (the same "## Session date — coach" files). A log the coach has archived here since an earlier import is
/// compared where it now is, so a second import does not bring it back.
/// </summary>
static class SessionLogImport
{
    public static void Collect(ImportList list)
    {
        var found = Collect(list, list.Original.SessionLogs, "session log", archived: false)
            + Collect(list, list.Original.ArchivedSessionLogs, "archived log", archived: true);
        if (found == 0)
        {
            list.NothingToImport.Add("session logs: no coaching_data/memory/*.md");
        }
    }

    static int Collect(ImportList list, string folder, string what, bool archived)
    {
        var logs = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var source in logs)
        {
            var name = Path.GetFileName(source);
            if (!DateOnly.TryParseExact(Path.GetFileNameWithoutExtension(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                list.Skip(what, list.SourceName(source), "not named by a date (YYYY-MM-DD.md), so not a session log");
                continue;
            }

            var live = Path.Combine(list.Data.Sessions, name);
            var archive = Path.Combine(list.Data.SessionArchive, name);
            var target = File.Exists(live) ? live : File.Exists(archive) || archived ? archive : live;
            if (list.Read(what, source) is { } contents)
            {
                list.Copy(what, source, target, contents);
            }
        }

        return logs.Count;
    }
}
