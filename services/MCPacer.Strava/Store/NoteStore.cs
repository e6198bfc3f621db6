using System.Globalization;
using MCPacer.Contracts.Strava;
using static MCPacer.Strava.Store.StravaSql;

namespace MCPacer.Strava.Store;

/// <summary>The notes the runner and the coach leave on an activity: they go when the activity goes.</summary>
internal sealed class NoteStore(StravaDatabase database)
{
    public async Task<bool> AddAsync(long id, string text, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var insert = Command(connection, null, """
            INSERT INTO notes (activity_id, created_at, text) SELECT id, $at, $text FROM activities WHERE id = $id
            """, ("$id", id), ("$at", at.ToString("O", CultureInfo.InvariantCulture)), ("$text", text));
        return await insert.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>The activity's notes, oldest first.</summary>
    public async Task<IReadOnlyList<RunNote>> OfActivityAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT created_at, text FROM notes WHERE activity_id = $id ORDER BY id", ("$id", id));
        var notes = new List<RunNote>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            notes.Add(new RunNote(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetString(1)));
        }

        return notes;
    }

    /// <summary>Notes of every activity in the range, by activity id.</summary>
    public async Task<ILookup<long, RunNote>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT n.activity_id, n.created_at, n.text FROM notes n JOIN activities a ON a.id = n.activity_id
            WHERE a.local_date BETWEEN $from AND $to ORDER BY n.id
            """,
            ("$from", LocalDate(from)), ("$to", LocalDate(to)));
        var notes = new List<(long Id, RunNote Note)>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            notes.Add((reader.GetInt64(0), new RunNote(DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2))));
        }

        return notes.ToLookup(n => n.Id, n => n.Note);
    }
}
