namespace MCPacer.Cli.Import;

/// <summary>What importing one file (or one memory section) does.</summary>
enum ImportState
{
    New,
    Unchanged,
    Conflict,
    Skipped,
}

/// <summary>One thing found in the original installation: what it is, where it goes, and why it is skipped or conflicts.</summary>
sealed record ImportItem(ImportState State, string What, string Source, string? Target, string? Note = null);

/// <summary>A file the import writes, whole.</summary>
sealed record PendingWrite(string Path, byte[] Contents, UnixFileMode? Mode);

/// <summary>
/// Everything the import found, decided before anything is written: a source is new when nothing is in its place here,
/// unchanged when the same bytes are, and a conflict when something else is (written only with --force).
/// </summary>
sealed class ImportList(OriginalInstallation original, DataFolder data, bool force)
{
    readonly List<ImportItem> _items = [];
    readonly List<PendingWrite> _writes = [];
    readonly HashSet<string> _targets = new(StringComparer.Ordinal);

    public OriginalInstallation Original => original;

    public DataFolder Data => data;

    public bool Force => force;

    public IReadOnlyList<ImportItem> Items => _items;

    public IReadOnlyList<PendingWrite> Writes => _writes;

    /// <summary>Kinds of data the original had none of.</summary>
    public List<string> NothingToImport { get; } = [];

    /// <summary>Data the original has that this import leaves where it is, with the reason.</summary>
    public List<string> NotImported { get; } = [];

    /// <summary>
    /// A file copied as it is. <paramref name="shadowed"/> names what a new file would replace all the same
    /// (a shipped persona), which makes it a conflict too.
    /// </summary>
    public void Copy(string what, string source, string target, byte[] contents,
        string? sourceDetail = null, string? note = null, string? shadowed = null, UnixFileMode? mode = null)
    {
        var shownSource = SourceName(source) + sourceDetail;
        if (!_targets.Add(target))
        {
            Skip(what, shownSource, $"another file of the original MCPacer goes to {TargetName(target)} already");
            return;
        }

        var existing = File.Exists(target) ? File.ReadAllBytes(target) : null;
        var conflict = existing is null ? shadowed : existing.AsSpan().SequenceEqual(contents) ? null : "the file here differs";
        var state = conflict is not null ? ImportState.Conflict : existing is null ? ImportState.New : ImportState.Unchanged;
        Add(new ImportItem(state, what, shownSource, TargetName(target), conflict is null ? note : Join(note, conflict)));
        if (state == ImportState.New || state == ImportState.Conflict && force)
        {
            _writes.Add(new PendingWrite(target, contents, mode));
        }
    }

    public void Add(ImportItem item) => _items.Add(item);

    public void Write(string target, byte[] contents) => _writes.Add(new PendingWrite(target, contents, null));

    public void Skip(string what, string shownSource, string reason) => Add(new ImportItem(ImportState.Skipped, what, shownSource, null, reason));

    /// <summary>The file's bytes, or null (and a skipped item saying why) when it cannot be read.</summary>
    public byte[]? Read(string what, string source)
    {
        try
        {
            return File.ReadAllBytes(source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip(what, SourceName(source), $"cannot be read: {e.Message}");
            return null;
        }
    }

    public string SourceName(string path) => Path.GetRelativePath(original.Root, path);

    public string TargetName(string path) => Path.GetRelativePath(data.Root, path);

    static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";
}
