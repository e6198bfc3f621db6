using MCPacer.Storage;

namespace MCPacer.Cli.Import;

/// <summary>The whole import: each kind of the original's data, in the order the report lists them, then the writes.</summary>
static class OriginalImport
{
    public static ImportList Collect(OriginalInstallation original, DataFolder data, bool force, bool withStrava)
    {
        var list = new ImportList(original, data, force);
        PlanImport.Collect(list);
        MemoryImport.Collect(list);
        SessionLogImport.Collect(list);
        PersonaImport.Collect(list);
        StravaImport.Collect(list, withStrava);
        list.NothingToImport.Add("body map and S&C: the original MCPacer keeps the body map only in memory, and its S&C sessions are gym runs inside the plans");

        var runs = Directory.Exists(original.RunData) ? Directory.EnumerateFiles(original.RunData, "run_*.json").Count() : 0;
        if (runs > 0)
        {
            list.NotImported.Add($"run_data/: {runs} cached {(runs == 1 ? "run" : "runs")} (MCPacer syncs runs from Strava itself; their digests and coach notes stay there)");
        }

        if (Directory.Exists(original.CoachingData) && Directory.EnumerateFiles(original.CoachingData, "coaching_persona*.md").Any())
        {
            list.NotImported.Add("coaching_data/coaching_persona*.md: the persona files of the original's first version");
        }

        return list;
    }

    /// <summary>Each file whole or not at all (temp file + rename), so a running service never reads half of one.</summary>
    public static async Task WriteAsync(ImportList list, CancellationToken ct)
    {
        foreach (var write in list.Writes)
        {
            await AtomicFile.WriteAllBytesAsync(write.Path, write.Contents, ct, write.Mode);
        }
    }
}
