using System.Text.Json;
using MCPacer.Coach.Storage;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Storage;

namespace MCPacer.Coach.BodyMap;

/// <summary>
/// The S&amp;C body map in &lt;data&gt;/coach/bodymap.json: the athlete's painted regions and the coach's highlights.
/// Changes are serialised and written atomically; an unreadable file is reported, never overwritten.
/// </summary>
internal sealed class BodyMapStore(CoachPaths paths, IEventBus events, TimeProvider clock)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<BodyMapState> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(paths.BodyMapFile))
        {
            return new BodyMapState([], []);
        }

        await using var stream = File.OpenRead(paths.BodyMapFile);
        try
        {
            var state = await JsonSerializer.DeserializeAsync<BodyMapState>(stream, Json, cancellationToken);
            return state is { Painted: not null, Highlighted: not null }
                ? state
                : throw new DataFileException(paths.BodyMapFile, null, "expected an object with 'painted' and 'highlighted' lists");
        }
        catch (JsonException e)
        {
            throw new DataFileException(paths.BodyMapFile, e.LineNumber + 1, e.Message, e);
        }
    }

    /// <summary>Replaces what the athlete painted.</summary>
    public Task<BodyMapState> ReplacePaintedAsync(IEnumerable<PaintRegionRequest> regions, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var painted = regions.GroupBy(r => r.RegionId).Select(g => g.Last())
            .Select(r => new PaintedRegion(r.RegionId, r.Sensation, Clean(r.Note), at)).ToList();
        return ChangeAsync(state => state with { Painted = painted }, cancellationToken);
    }

    public Task<BodyMapState> PaintAsync(PaintRegionRequest region, CancellationToken cancellationToken) =>
        ChangeAsync(state => state with
        {
            Painted = [.. state.Painted.Where(p => p.RegionId != region.RegionId),
                new PaintedRegion(region.RegionId, region.Sensation, Clean(region.Note), clock.GetUtcNow())],
        }, cancellationToken);

    public Task<BodyMapState> UnpaintAsync(string regionId, CancellationToken cancellationToken) =>
        ChangeAsync(state => state with { Painted = [.. state.Painted.Where(p => p.RegionId != regionId)] }, cancellationToken);

    /// <summary>Adds the coach's highlights; a region highlighted again gets the new reason.</summary>
    public Task<BodyMapState> HighlightAsync(IEnumerable<HighlightRegionRequest> regions, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var added = regions.GroupBy(r => r.RegionId).Select(g => g.Last())
            .Select(r => new HighlightedRegion(r.RegionId, r.Reason.Trim(), at)).ToList();
        return ChangeAsync(state => state with
        {
            Highlighted = [.. state.Highlighted.Where(h => added.All(a => a.RegionId != h.RegionId)), .. added],
        }, cancellationToken);
    }

    public Task<BodyMapState> ClearHighlightsAsync(CancellationToken cancellationToken) =>
        ChangeAsync(state => state with { Highlighted = [] }, cancellationToken);

    async Task<BodyMapState> ChangeAsync(Func<BodyMapState, BodyMapState> change, CancellationToken cancellationToken)
    {
        BodyMapState changed;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            changed = change(await ReadAsync(cancellationToken));
            await AtomicFile.WriteAllBytesAsync(paths.BodyMapFile, JsonSerializer.SerializeToUtf8Bytes(changed, Json), cancellationToken);
        }
        finally
        {
            _lock.Release();
        }

        await events.PublishAsync(new BodyMapChanged(changed.Painted.Count, changed.Highlighted.Count, clock.GetUtcNow()), cancellationToken);
        return changed;
    }

    static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
