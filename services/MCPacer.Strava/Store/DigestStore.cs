using MCPacer.Contracts.Strava;
using static MCPacer.Strava.Store.StravaSql;

namespace MCPacer.Strava.Store;

/// <summary>The coach's digest of each run: a few lines written once its detail is synced.</summary>
internal sealed class DigestStore(StravaDatabase database)
{
    /// <summary>Runs with their detail fetched but no digest yet, newest first.</summary>
    public Task<IReadOnlyList<long>> RunsWithoutDigestAsync(int limit, CancellationToken cancellationToken) =>
        database.IdsAsync("""
            SELECT id FROM activities WHERE digest IS NULL AND family = $family AND detail_synced_at IS NOT NULL
            ORDER BY start_utc DESC LIMIT $limit
            """, [("$family", SportFamilies.Running), ("$limit", limit)], cancellationToken);

    public async Task<bool> SaveAsync(long id, string digest, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null, "UPDATE activities SET digest = $digest WHERE id = $id", ("$id", id), ("$digest", digest));
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
