using MCPacer.Storage;
using Microsoft.Data.Sqlite;

namespace MCPacer.Strava.Store;

/// <summary>&lt;data&gt;/strava/activities.db: opens connections (WAL, foreign keys on) and creates the schema once.</summary>
internal sealed class StravaDatabase : IDisposable
{
    const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS activities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            sport_type TEXT NOT NULL,
            family TEXT NOT NULL,
            trainer INTEGER NOT NULL,
            start_utc TEXT NOT NULL,
            start_local TEXT NOT NULL,
            local_date TEXT NOT NULL,
            time_zone TEXT,
            distance_m REAL NOT NULL,
            moving_s INTEGER NOT NULL,
            elapsed_s INTEGER NOT NULL,
            elevation_gain_m REAL NOT NULL,
            average_hr REAL,
            max_hr REAL,
            average_cadence REAL,
            average_speed REAL NOT NULL,
            workout_type INTEGER,
            summary_polyline TEXT,
            polyline TEXT,
            description TEXT,
            laps_json TEXT,
            splits_json TEXT,
            detail_synced_at TEXT,
            streams BLOB,
            digest TEXT,
            seen_in_pass INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS activities_by_start ON activities (start_utc DESC);
        CREATE INDEX IF NOT EXISTS activities_by_local_date ON activities (local_date);
        CREATE TABLE IF NOT EXISTS notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS notes_by_activity ON notes (activity_id);
        CREATE TABLE IF NOT EXISTS sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;

    /// <summary>Columns added since the table was first created: each is added to a database that lacks it.</summary>
    static readonly (string Name, string Definition)[] AddedColumns =
    [
        ("manual", "INTEGER NOT NULL DEFAULT 0"),
        ("streams_absent", "INTEGER NOT NULL DEFAULT 0"),
        ("streams_note", "TEXT"),
        ("detail_note", "TEXT"),
        ("load_json", "TEXT"),
        ("session_rpe", "INTEGER"),
    ];

    readonly string _connectionString;
    readonly Lazy<Task> _created;
    readonly SemaphoreSlim _versionGate = new(1, 1);
    SqliteConnection? _versionConnection;

    public StravaDatabase(DataRoot dataRoot)
    {
        Path = System.IO.Path.Combine(dataRoot.ServiceDirectory("strava"), "activities.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 30 }.ToString();
        _created = new Lazy<Task>(CreateSchemaAsync);
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _created.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>
    /// A number that moves whenever a change is committed, by this process or another (<c>mcpacer import-original</c>):
    /// SQLite's <c>PRAGMA data_version</c>, asked on a connection kept for it that never writes (the pragma sees the
    /// commits of every other connection). Answers built from the database are kept while it stays the same.
    /// </summary>
    public async Task<long> DataVersionAsync(CancellationToken cancellationToken)
    {
        await _versionGate.WaitAsync(cancellationToken);
        try
        {
            _versionConnection ??= await OpenAsync(cancellationToken);
            await using var pragma = _versionConnection.CreateCommand();
            pragma.CommandText = "PRAGMA data_version";
            return (long)(await pragma.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            _versionGate.Release();
        }
    }

    public void Dispose()
    {
        _versionConnection?.Dispose();
        _versionGate.Dispose();
    }

    async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    async Task CreateSchemaAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync();

        command.CommandText = "SELECT name FROM pragma_table_info('activities')";
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                existing.Add(reader.GetString(0));
            }
        }

        foreach (var (name, definition) in AddedColumns.Where(c => !existing.Contains(c.Name)))
        {
            command.CommandText = $"ALTER TABLE activities ADD COLUMN {name} {definition}";
            await command.ExecuteNonQueryAsync();
        }
    }
}
