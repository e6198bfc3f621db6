using MCPacer.Coach.Storage;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Storage;

namespace MCPacer.Coach.Memory;

/// <summary>The memory file as last read: its text and version.</summary>
internal sealed record MemorySnapshot(string Text, string Version);

/// <summary>The result of a write: the new version, or stale when the caller's expected version is no longer current.</summary>
internal sealed record MemoryWriteOutcome(string? Version, bool IsStale, string? CurrentVersion);

/// <summary>
/// Reads and writes COACH_MEMORY.md. Writes are serialised (read, change, keep the old text, rename the new one in),
/// so concurrent section updates each see the result of the previous one and none is lost. Each write is a span
/// naming the section and the versions, never the text. A write invalidates the answers kept in the read cache.
/// </summary>
internal sealed partial class MemoryStore(
    CoachPaths paths, MemoryHistory history, IEventBus events, TimeProvider clock, WriteTelemetry telemetry, ReadCache cache,
    ILogger<MemoryStore> logger)
{
    const string Kind = "memory";

    readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task<MemorySnapshot?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var text = await TextDataFile.ReadAsync(paths.MemoryFile, cancellationToken);
            return new MemorySnapshot(text, MemoryVersionTag.Of(text));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current text (null when there is no file yet) unless
    /// <paramref name="expectedVersion"/> is given and no longer current.
    /// </summary>
    public async Task<MemoryWriteOutcome> UpdateAsync(
        Func<string?, string> change, string? expectedVersion, string? section, string changeName, CancellationToken cancellationToken)
    {
        using var span = telemetry.Start(Kind, section is null ? "write" : "write section");
        span?.SetTag(TelemetryNames.Attributes.MemorySection, section);
        span?.SetTag(TelemetryNames.Attributes.ExpectedRevision, expectedVersion);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var current = await ReadAsync(cancellationToken);
            if (expectedVersion is not null && expectedVersion != current?.Version)
            {
                telemetry.RecordRefused(span, Kind, WriteTelemetry.Stale,
                    current is null ? "the memory was removed" : $"the memory is now at version {current.Version}");
                return new MemoryWriteOutcome(null, true, current?.Version);
            }

            var text = change(current?.Text);
            if (text == current?.Text)
            {
                telemetry.RecordSaved(span, Kind, current.Version);
                return new MemoryWriteOutcome(current.Version, false, current.Version);
            }

            var now = clock.GetUtcNow();
            if (current is not null)
            {
                await history.KeepAsync(current.Text, now, cancellationToken);
            }

            await AtomicFile.WriteAllTextAsync(paths.MemoryFile, text, cancellationToken);
            cache.Invalidate();
            var version = MemoryVersionTag.Of(text);
            LogWritten(changeName, section, version);
            telemetry.RecordSaved(span, Kind, version);
            await events.PublishAsync(new CoachMemoryChanged(section, version, changeName, now), cancellationToken);
            return new MemoryWriteOutcome(version, false, version);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Makes an earlier version current again (the replaced text goes to the history, so a restore can be undone too).</summary>
    public async Task<MemoryWriteOutcome?> RestoreAsync(string historyId, string? expectedVersion, CancellationToken cancellationToken)
    {
        var earlier = await history.ReadAsync(historyId, cancellationToken);
        return earlier is null
            ? null
            : await UpdateAsync(_ => earlier.Content, expectedVersion, null, $"restore {historyId}", cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Coach memory written ({Change}, section {Section}), version {Version}")]
    partial void LogWritten(string change, string? section, string version);
}
