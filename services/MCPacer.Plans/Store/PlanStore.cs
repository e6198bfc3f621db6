using System.Collections.Concurrent;
using MCPacer.Contracts;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;
using MCPacer.Storage;

namespace MCPacer.Plans.Store;

/// <summary>
/// The plan files in &lt;data&gt;/plans. Reads come from a cache that is checked against the file's size and
/// time on every read, so a hand edit shows up at once. Writes to one plan are serialised, checked against the
/// revision the caller read, validated, and written whole (temp file + rename).
/// </summary>
sealed partial class PlanStore(DataRoot dataRoot, PlanChangeFeed changes, TimeProvider clock, ILogger<PlanStore> logger)
{
    readonly ConcurrentDictionary<string, Cached> _cache = new();
    readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();

    public string Directory { get; } = dataRoot.ServiceDirectory("plans");

    public string PathOf(Slug id) => Path.Combine(Directory, id.Value + PlanFiles.Extension);

    public IReadOnlyList<PlanDocument> List() =>
    [
        .. System.IO.Directory.EnumerateFiles(Directory, "*" + PlanFiles.Extension)
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .Select(name => Slug.TryParse(name, out var id) && id.Value == name ? Find(id) : Misnamed(name))
            .OfType<PlanDocument>(),
    ];

    public PlanDocument? Find(Slug id) => Load(id).Document;

    /// <summary>
    /// Re-reads a plan whose file changed on disk (the watcher calls this) and announces the change when it is
    /// not one of ours; waiting for the plan's gate keeps our own writes from looking like hand edits.
    /// </summary>
    public async Task RefreshAsync(Slug id, CancellationToken cancellationToken)
    {
        var gate = Gate(id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (document, changed) = Load(id);
            if (changed)
            {
                var change = document is null ? PlanChanged.Deleted : PlanChanged.EditedOnDisk;
                LogEditedOnDisk(id.Value, change);
                changes.Publish(new PlanChanged(id.Value, change, document?.Revision, clock.GetUtcNow()));
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The plan from the cache if its file is unchanged, else read afresh; <c>Changed</c> when the revision moved.</summary>
    (PlanDocument? Document, bool Changed) Load(Slug id)
    {
        var file = new FileInfo(PathOf(id));
        _cache.TryGetValue(id.Value, out var cached);
        if (!file.Exists)
        {
            _cache.TryRemove(id.Value, out _);
            return (null, cached is not null);
        }

        var stamp = new Stamp(file.LastWriteTimeUtc, file.Length);
        if (cached is not null && cached.Stamp == stamp)
        {
            return (cached.Document, false);
        }

        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (FileNotFoundException)
        {
            _cache.TryRemove(id.Value, out _);
            return (null, cached is not null);
        }

        var document = PlanReader.Read(id.Value, text);
        _cache[id.Value] = new Cached(stamp, document);
        return (document, cached?.Document.Revision != document.Revision);
    }

    public async Task<PlanWrite> CreateAsync(Slug id, string text, CancellationToken cancellationToken)
    {
        var gate = Gate(id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Find(id) is not null)
            {
                return new PlanWrite.Refused($"a plan with id '{id}' exists already");
            }

            return await SaveAsync(id, text, PlanChanged.Created, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Applies <paramref name="edit"/> (old text → new text) if the plan is still at <paramref name="expectedRevision"/> (when given).</summary>
    public async Task<PlanWrite> EditAsync(Slug id, string? expectedRevision, Func<PlanDocument, string> edit, CancellationToken cancellationToken)
    {
        var gate = Gate(id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (text, failure) = Edited(id, expectedRevision, edit);
            return failure ?? await SaveAsync(id, text!, PlanChanged.Updated, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The plan as <paramref name="edit"/> would leave it (<see cref="PlanWrite.Previewed"/>), checked as a save would be; nothing is written.</summary>
    public PlanWrite Preview(Slug id, Func<PlanDocument, string> edit)
    {
        var (text, failure) = Edited(id, null, edit);
        if (failure is not null)
        {
            return failure;
        }

        var next = PlanReader.Read(id.Value, text!);
        return next.IsBroken ? new PlanWrite.Invalid(next.Plan.Problems) : new PlanWrite.Previewed(next);
    }

    /// <summary>The new text of the plan, or why the edit cannot be made.</summary>
    (string? Text, PlanWrite? Failure) Edited(Slug id, string? expectedRevision, Func<PlanDocument, string> edit)
    {
        var current = Find(id);
        if (current is null)
        {
            return (null, new PlanWrite.NotFound($"plan '{id}' not found"));
        }

        if (expectedRevision is not null && expectedRevision != current.Revision)
        {
            return (null, new PlanWrite.Stale(current.Revision));
        }

        if (current.IsBroken)
        {
            return (null, new PlanWrite.Refused(
                $"plan '{id}' has problems in its file; fix them first (first: {current.Plan.Problems[0]})", current.Plan.Problems));
        }

        try
        {
            return (edit(current), null);
        }
        catch (PlanTargetNotFoundException e)
        {
            return (null, new PlanWrite.NotFound(e.Message));
        }
        catch (PlanEditException e)
        {
            return (null, new PlanWrite.Refused(e.Message));
        }
    }

    public async Task<PlanWrite> DeleteAsync(Slug id, string? expectedRevision, CancellationToken cancellationToken)
    {
        var gate = Gate(id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = Find(id);
            if (current is null)
            {
                return new PlanWrite.NotFound($"plan '{id}' not found");
            }

            if (expectedRevision is not null && expectedRevision != current.Revision)
            {
                return new PlanWrite.Stale(current.Revision);
            }

            File.Delete(PathOf(id));
            _cache.TryRemove(id.Value, out _);
            LogDeleted(id.Value);
            changes.Publish(new PlanChanged(id.Value, PlanChanged.Deleted, null, clock.GetUtcNow()));
            return new PlanWrite.Deleted();
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<PlanWrite> SaveAsync(Slug id, string text, string change, CancellationToken cancellationToken)
    {
        var next = PlanReader.Read(id.Value, text);
        if (next.IsBroken)
        {
            return new PlanWrite.Invalid(next.Plan.Problems);
        }

        var path = PathOf(id);
        await AtomicFile.WriteAllTextAsync(path, text, cancellationToken);
        var file = new FileInfo(path);
        _cache[id.Value] = new Cached(new Stamp(file.LastWriteTimeUtc, file.Length), next);
        LogSaved(id.Value, change, next.Revision);
        changes.Publish(new PlanChanged(id.Value, change, next.Revision, clock.GetUtcNow()));
        return new PlanWrite.Saved(next);
    }

    SemaphoreSlim Gate(Slug id) => _locks.GetOrAdd(id.Value, _ => new SemaphoreSlim(1, 1));

    /// <summary>A file whose name is not a plan id is listed as broken, with the name to give it.</summary>
    PlanDocument Misnamed(string name)
    {
        var problem = new PlanProblem(name + PlanFiles.Extension, 1, 1, "",
            $"the file name is not a plan id; rename it to {Slug.FromTitle(name)}{PlanFiles.Extension}");
        var plan = new TrainingPlan(name, "", null, null, null, null, [], true, [problem]);
        return new PlanDocument(name, ParsedYaml.Parse(name, ""), "", plan, []);
    }

    readonly record struct Stamp(DateTime WrittenAt, long Length);

    sealed record Cached(Stamp Stamp, PlanDocument Document);

    [LoggerMessage(LogLevel.Information, "Plan {PlanId} {Change}, revision {Revision}")]
    partial void LogSaved(string planId, string change, string revision);

    [LoggerMessage(LogLevel.Information, "Plan {PlanId} deleted")]
    partial void LogDeleted(string planId);

    [LoggerMessage(LogLevel.Information, "Plan {PlanId} changed on disk: {Change}")]
    partial void LogEditedOnDisk(string planId, string change);
}
