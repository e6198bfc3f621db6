using MCPacer.Coach.Memory;
using MCPacer.Coach.Storage;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Storage;
using Microsoft.Extensions.Options;

namespace MCPacer.Coach.Sessions;

/// <summary>
/// One Markdown log per day in sessions/. Reading the most recent ones first distils the older ones into the
/// memory's Session History and moves them to sessions/archive/, where they stay readable by date. Both writes
/// invalidate the answers kept in the read cache.
/// </summary>
internal sealed partial class SessionLogStore(
    CoachPaths paths, MemoryStore memory, IEventBus events, TimeProvider clock, AthleteClock athleteClock, IOptions<CoachOptions> options,
    ReadCache cache, ILogger<SessionLogStore> logger)
{
    readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Today in the athlete's time zone.</summary>
    public DateOnly Today => athleteClock.Today;

    /// <summary>Writes the day's log, or appends another session to it when there already is one.</summary>
    public async Task<SessionLog> SaveAsync(DateOnly date, string summary, CancellationToken cancellationToken)
    {
        var block = $"{SessionDate.Heading(date)}\n\n{summary.Trim()}\n";
        var file = Path.Combine(paths.Sessions, SessionDate.FileName(date));
        string content;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            content = File.Exists(file) ? AppendBlock(await TextDataFile.ReadAsync(file, cancellationToken), block) : block;
            await AtomicFile.WriteAllTextAsync(file, content, cancellationToken);
            cache.Invalidate();
        }
        finally
        {
            _lock.Release();
        }

        await events.PublishAsync(new SessionLogSaved(date, clock.GetUtcNow()), cancellationToken);
        return new SessionLog(date, false, content);
    }

    /// <summary>The newest <paramref name="count"/> logs; older ones are distilled and archived first (only once the athlete has a memory).</summary>
    public async Task<SessionLogs> ReadRecentAsync(int count, CancellationToken cancellationToken)
    {
        IReadOnlyList<DateOnly> distilled;
        var logs = new List<SessionLog>();
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var dates = SessionDate.InFolder(paths.Sessions);
            distilled = await DistilAsync(dates.Skip(count).ToList(), cancellationToken);
            foreach (var date in dates.Take(count))
            {
                logs.Add(new SessionLog(date, false, await TextDataFile.ReadAsync(LiveFile(date), cancellationToken)));
            }
        }
        finally
        {
            _lock.Release();
        }

        if (distilled.Count > 0)
        {
            cache.Invalidate();
            await events.PublishAsync(new SessionLogsDistilled(distilled, clock.GetUtcNow()), cancellationToken);
        }

        return new SessionLogs(logs, distilled);
    }

    /// <summary>A log by date, live or archived.</summary>
    public async Task<SessionLog?> GetAsync(DateOnly date, CancellationToken cancellationToken) =>
        await ReadAsync(LiveFile(date), date, false, cancellationToken) ?? await GetArchivedAsync(date, cancellationToken);

    public Task<SessionLog?> GetArchivedAsync(DateOnly date, CancellationToken cancellationToken) =>
        ReadAsync(ArchivedFile(date), date, true, cancellationToken);

    public IReadOnlyList<DateOnly> ArchivedDates() => SessionDate.InFolder(paths.SessionArchive);

    async Task<IReadOnlyList<DateOnly>> DistilAsync(IReadOnlyList<DateOnly> older, CancellationToken cancellationToken)
    {
        if (older.Count == 0 || await memory.ReadAsync(cancellationToken) is null)
        {
            return [];
        }

        var oneLiners = new List<(DateOnly Date, string Line)>();
        foreach (var date in older)
        {
            oneLiners.Add((date, SessionHistory.OneLiner(await TextDataFile.ReadAsync(LiveFile(date), cancellationToken))));
        }

        var title = MemorySections.Title(MemorySectionKeys.SessionHistory);
        var limit = options.Value.SessionHistoryLimit;
        await memory.UpdateAsync(
            text =>
            {
                var document = MemoryDocument.Parse(text ?? MemoryDocument.Template(MemorySectionKeys.All.Select(s => s.Title)));
                return document.ReplaceSection(title, SessionHistory.Merge(document.Section(title), oneLiners, limit));
            },
            expectedVersion: null, MemorySectionKeys.SessionHistory, "distil session logs", cancellationToken);

        // The history line is in the memory before a log leaves sessions/, so a crash in between only repeats a merge.
        foreach (var date in older)
        {
            await ArchiveAsync(date, cancellationToken);
        }

        LogDistilled(older.Count);
        return older;
    }

    async Task ArchiveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var live = LiveFile(date);
        var archived = ArchivedFile(date);
        var content = await TextDataFile.ReadAsync(live, cancellationToken);
        if (File.Exists(archived))
        {
            content = AppendBlock(await TextDataFile.ReadAsync(archived, cancellationToken), content);
        }

        await AtomicFile.WriteAllTextAsync(archived, content, cancellationToken);
        File.Delete(live);
    }

    static string AppendBlock(string existing, string block) =>
        existing + (existing.EndsWith("\n\n", StringComparison.Ordinal) ? "" : existing.EndsWith('\n') ? "\n" : "\n\n") + block;

    static async Task<SessionLog?> ReadAsync(string file, DateOnly date, bool archived, CancellationToken cancellationToken)
    {
        try
        {
            return new SessionLog(date, archived, await TextDataFile.ReadAsync(file, cancellationToken));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    string LiveFile(DateOnly date) => Path.Combine(paths.Sessions, SessionDate.FileName(date));

    string ArchivedFile(DateOnly date) => Path.Combine(paths.SessionArchive, SessionDate.FileName(date));

    [LoggerMessage(LogLevel.Information, "Distilled {Count} older session logs into Session History and archived them")]
    partial void LogDistilled(int count);
}
