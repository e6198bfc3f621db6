using System.IO.Compression;
using System.Text.Json;
using System.Globalization;
using MCPacer.Contracts.StravaApi;
using static MCPacer.Strava.Store.StravaSql;

namespace MCPacer.Strava.Store;

/// <summary>
/// The activities' streams (time, distance, heart rate, ...) as gzipped JSON beside each activity, or a note of why
/// Strava has none.
/// </summary>
internal sealed class StreamStore(StravaDatabase database)
{
    /// <summary>Records that Strava has no readable streams for the activity (and why), so that nobody asks again.</summary>
    public async Task SaveAbsentAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null,
            "UPDATE activities SET streams = NULL, streams_absent = 1, streams_note = $note WHERE id = $id", ("$id", id), ("$note", reason));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores the streams, with a note of what was odd about them (null when nothing was).</summary>
    public async Task SaveAsync(long id, StreamSet streams, string? note, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, streams, Json, cancellationToken);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null,
            "UPDATE activities SET streams = $streams, streams_absent = 0, streams_note = $note WHERE id = $id",
            ("$id", id), ("$streams", buffer.ToArray()), ("$note", note));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The activity's stored streams, or that Strava has none; null when they have not been fetched yet.</summary>
    public async Task<StoredStreams?> ReadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null,
            "SELECT streams, streams_note FROM activities WHERE id = $id AND (streams IS NOT NULL OR streams_absent = 1)", ("$id", id));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var note = reader.IsDBNull(1) ? null : reader.GetString(1);
        if (reader.IsDBNull(0))
        {
            return new StoredStreams(null, note);
        }

        await using var gzip = new GZipStream(new MemoryStream((byte[])reader.GetValue(0)), CompressionMode.Decompress);
        return new StoredStreams(await JsonSerializer.DeserializeAsync<StreamSet>(gzip, Json, cancellationToken), note);
    }

    /// <summary>
    /// Ids of activities since <paramref name="since"/> whose streams are still to be fetched, newest first: none stored,
    /// not known to have none, and not entered by hand (Strava has no streams for those).
    /// </summary>
    public Task<IReadOnlyList<long>> ToFetchAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.IdsAsync("""
            SELECT id FROM activities WHERE streams IS NULL AND streams_absent = 0 AND manual = 0 AND start_utc >= $since
            ORDER BY start_utc DESC
            """,
            [("$since", since.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))], cancellationToken);

    /// <summary>
    /// Changes when the streams stored for [from, to] do (one more fetched, one replaced by a cropped activity's) or
    /// the window moves: what the physiology estimates are kept against.
    /// </summary>
    public async Task<string> VersionAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT COUNT(*), COALESCE(MAX(start_utc), ''), COALESCE(SUM(moving_s), 0) FROM activities
            WHERE streams IS NOT NULL AND local_date BETWEEN $from AND $to
            """, ("$from", LocalDate(from)), ("$to", LocalDate(to)));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return $"{LocalDate(from)}..{LocalDate(to)}: {reader.GetInt64(0)} streams, latest {reader.GetString(1)}, {reader.GetInt64(2)} s";
    }
}

/// <summary>An activity's streams as stored: null <see cref="Streams"/> when Strava has none; the note says what was odd.</summary>
internal sealed record StoredStreams(StreamSet? Streams, string? Note);
