namespace MCPacer.Cli.Import;

/// <summary>The import's list as the runner reads it: one line per item, what had nothing to import, and the counts.</summary>
static class ImportReport
{
    public static void Print(ImportList list)
    {
        Console.WriteLine($"The original MCPacer in {list.Original.Root} -> {list.Data.Root}");
        foreach (var item in list.Items)
        {
            var target = item.Target is null ? "" : $" -> {item.Target}";
            var note = item.Note is null ? "" : $": {item.Note}";
            Console.WriteLine($"  {StateWord(item.State, list.Force),-10} {item.What,-15} {item.Source}{target}{note}");
        }

        Section("Nothing to import:", list.NothingToImport);
        Section("Not imported:", list.NotImported);
        Console.WriteLine(Counts(list));
    }

    static void Section(string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        Console.WriteLine(title);
        foreach (var line in lines)
        {
            Console.WriteLine($"  {line}");
        }
    }

    static string StateWord(ImportState state, bool force) => state switch
    {
        ImportState.New => "new",
        ImportState.Unchanged => "unchanged",
        ImportState.Conflict => force ? "overwrite" : "conflict",
        _ => "skipped",
    };

    static string Counts(ImportList list)
    {
        int Count(ImportState state) => list.Items.Count(i => i.State == state);
        var parts = new List<string> { $"{Count(ImportState.New)} new", $"{Count(ImportState.Unchanged)} already here" };
        if (Count(ImportState.Conflict) is var conflicts and > 0)
        {
            parts.Add(list.Force ? $"{conflicts} to overwrite" : $"{conflicts} in conflict (kept as they are here; --force replaces them)");
        }

        if (Count(ImportState.Skipped) is var skipped and > 0)
        {
            parts.Add($"{skipped} skipped");
        }

        return string.Join(", ", parts) + ".";
    }
}
