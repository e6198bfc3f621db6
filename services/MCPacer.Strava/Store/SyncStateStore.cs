using static MCPacer.Strava.Store.StravaSql;

namespace MCPacer.Strava.Store;

/// <summary>The sync's own state (its checkpoint), as text by key.</summary>
internal sealed class SyncStateStore(StravaDatabase database)
{
    public async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT value FROM sync_state WHERE key = $key", ("$key", key));
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task WriteAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var upsert = Command(connection, null,
            "INSERT INTO sync_state (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("$key", key), ("$value", value));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
