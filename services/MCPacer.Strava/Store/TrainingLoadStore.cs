using System.Globalization;
using MCPacer.Contracts.Strava;
using MCPacer.Strava.Context;
using Microsoft.Data.Sqlite;
using static MCPacer.Strava.Store.StravaSql;

namespace MCPacer.Strava.Store;

/// <summary>
/// What the training load is computed from, per activity: the columns it reads, the runner's session RPE, and the
/// load computed from them, cached beside the activity.
/// </summary>
internal sealed class TrainingLoadStore(StravaDatabase database)
{
    /// <summary>
    /// What an activity's load is computed from, with its cached load (JSON written by the training-load code), for
    /// every activity in [from, to]: only the few columns the fitness series needs, so years of history stay cheap.
    /// </summary>
    public async Task<IReadOnlyList<LoadRow>> LoadRowsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT id, local_date, sport_type, family, distance_m, moving_s, workout_type, streams IS NOT NULL, load_json, name, session_rpe
            FROM activities WHERE local_date BETWEEN $from AND $to ORDER BY start_utc
            """, ("$from", LocalDate(from)), ("$to", LocalDate(to)));
        var rows = new List<LoadRow>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LoadRow(
                reader.GetInt64(0), DateOnly.ParseExact(reader.GetString(1), LocalDateFormat, CultureInfo.InvariantCulture), reader.GetString(2),
                reader.GetString(3), RunFigures.RoundKm(reader.GetDouble(4)), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.GetBoolean(7), reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetInt32(10)));
        }

        return rows;
    }

    /// <summary>
    /// A fingerprint of everything an activity's load is computed from, over the activities up to <paramref name="to"/>:
    /// sums in one scan, so that the fitness series is computed again only when one of them changed.
    /// </summary>
    public async Task<string> LoadVersionAsync(DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT COUNT(*), COALESCE(MAX(start_utc), ''), COALESCE(SUM(moving_s), 0), COALESCE(SUM(distance_m), 0),
                COALESCE(SUM(streams IS NOT NULL), 0), COALESCE(SUM(COALESCE(workout_type, 0) + 1), 0),
                COALESCE(SUM(length(sport_type) * unicode(sport_type)), 0), COALESCE(SUM(replace(local_date, '-', '') + 0), 0),
                COALESCE(SUM(session_rpe * (id % 10007 + 1)), 0)
            FROM activities WHERE local_date <= $to
            """, ("$to", LocalDate(to)));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
    }

    /// <summary>Sets (or with null clears) the runner's session RPE of the activity; false when the activity is unknown.</summary>
    public async Task<bool> SaveSessionRpeAsync(long id, int? rpe, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null, "UPDATE activities SET session_rpe = $rpe WHERE id = $id", ("$id", id), ("$rpe", rpe));
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task SaveCachedLoadsAsync(IReadOnlyCollection<(long Id, string Json)> loads, CancellationToken cancellationToken)
    {
        if (loads.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (id, json) in loads)
        {
            await using var update = Command(connection, transaction, "UPDATE activities SET load_json = $json WHERE id = $id", ("$id", id), ("$json", json));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>
/// An activity as its load is computed: sport, duration, Strava's workout type, whether streams are stored, the cached
/// load, and the runner's session RPE (Foster's CR-10, 1 to 10) when given.
/// </summary>
internal sealed record LoadRow(
    long Id, DateOnly LocalDate, string SportType, string Family, double DistanceKm, int MovingTimeSeconds, int? WorkoutType, bool HasStreams,
    string? CachedLoad, string Name, int? SessionRpe);
