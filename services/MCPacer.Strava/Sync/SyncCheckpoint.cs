using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Sync;

/// <summary>
/// Where the sync stands, saved after every page and every activity so a restarted service resumes
/// where it stopped. A pass is one run through the phases; <see cref="After"/> is null for a full
/// listing (the first pass of each day), else the start of the recent window an incremental pass lists.
/// </summary>
internal sealed record SyncCheckpoint(
    long Pass,
    string Phase,
    int Page,
    DateTimeOffset? After,
    DateTimeOffset? LastCompletedAt,
    DateTimeOffset? LastFullListingAt)
{
    const string Key = "checkpoint";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SyncCheckpoint Initial { get; } = new(0, SyncPhases.Idle, 1, null, null, null);

    public static async Task<SyncCheckpoint> LoadAsync(SyncStateStore store, CancellationToken cancellationToken) =>
        await store.ReadAsync(Key, cancellationToken) is { } json
            ? JsonSerializer.Deserialize<SyncCheckpoint>(json, Json) ?? Initial
            : Initial;

    public Task SaveAsync(SyncStateStore store, CancellationToken cancellationToken) =>
        store.WriteAsync(Key, JsonSerializer.Serialize(this, Json), cancellationToken);
}
