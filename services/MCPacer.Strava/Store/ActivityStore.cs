using System.Globalization;
using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Strava.Context;
using Microsoft.Data.Sqlite;
using static MCPacer.Strava.Store.StravaSql;

namespace MCPacer.Strava.Store;

/// <summary>
/// The synced activities: one row per activity with its summary, detail (description, laps, splits, route) and
/// the sync's bookkeeping. Every write is one transaction, so nothing partial is ever stored. Streams, notes,
/// digests, training-load inputs and the sync's checkpoint are in the same database, each with a store of its own.
/// </summary>
internal sealed class ActivityStore(StravaDatabase database, NoteStore notes)
{
    const string SummaryColumns = """
        id, name, sport_type, family, trainer, start_utc, start_local, local_date, time_zone, distance_m, moving_s,
        elapsed_s, elevation_gain_m, average_hr, max_hr, average_cadence, workout_type,
        detail_synced_at IS NOT NULL, streams IS NOT NULL, digest
        """;

    /// <summary>
    /// Inserts or updates a page of summaries and marks them seen in this pass; returns how many were new. An
    /// activity whose summary changed on Strava (renamed, cropped, another sport) has its detail read again.
    /// </summary>
    public async Task<int> UpsertSummariesAsync(IReadOnlyList<SummaryActivity> activities, long pass, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var activity in activities)
        {
            await using var exists = Command(connection, transaction, "SELECT 1 FROM activities WHERE id = $id", ("$id", activity.Id));
            added += await exists.ExecuteScalarAsync(cancellationToken) is null ? 1 : 0;

            await using var upsert = Command(connection, transaction, """
                INSERT INTO activities (id, name, sport_type, family, trainer, start_utc, start_local, local_date, time_zone,
                    distance_m, moving_s, elapsed_s, elevation_gain_m, average_hr, max_hr, average_cadence, average_speed,
                    workout_type, summary_polyline, seen_in_pass, manual)
                VALUES ($id, $name, $sport, $family, $trainer, $startUtc, $startLocal, $localDate, $tz, $distance, $moving,
                    $elapsed, $elevation, $avgHr, $maxHr, $cadence, $speed, $workoutType, $polyline, $pass, $manual)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, sport_type = excluded.sport_type, family = excluded.family, trainer = excluded.trainer,
                    start_utc = excluded.start_utc, start_local = excluded.start_local, local_date = excluded.local_date,
                    time_zone = excluded.time_zone, distance_m = excluded.distance_m, moving_s = excluded.moving_s,
                    elapsed_s = excluded.elapsed_s, elevation_gain_m = excluded.elevation_gain_m, average_hr = excluded.average_hr,
                    max_hr = excluded.max_hr, average_cadence = excluded.average_cadence, average_speed = excluded.average_speed,
                    workout_type = excluded.workout_type, summary_polyline = excluded.summary_polyline, seen_in_pass = excluded.seen_in_pass,
                    manual = excluded.manual,
                    detail_synced_at = CASE WHEN activities.name IS NOT excluded.name OR activities.sport_type IS NOT excluded.sport_type
                        OR activities.trainer IS NOT excluded.trainer OR activities.distance_m IS NOT excluded.distance_m
                        OR activities.moving_s IS NOT excluded.moving_s OR activities.elapsed_s IS NOT excluded.elapsed_s
                        OR activities.workout_type IS NOT excluded.workout_type
                        THEN NULL ELSE activities.detail_synced_at END
                """,
                ("$id", activity.Id), ("$name", activity.Name ?? ""), ("$sport", activity.Sport), ("$family", SportFamily.Of(activity.Sport)),
                ("$trainer", activity.Trainer), ("$startUtc", activity.StartDate.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
                ("$startLocal", activity.StartDateLocal.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
                ("$localDate", LocalDate(DateOnly.FromDateTime(activity.StartDateLocal))),
                ("$tz", StravaTimeZone.IanaName(activity.Timezone ?? "")), ("$distance", activity.Distance), ("$moving", activity.MovingTime),
                ("$elapsed", activity.ElapsedTime), ("$elevation", activity.TotalElevationGain), ("$avgHr", activity.AverageHeartrate),
                ("$maxHr", activity.MaxHeartrate), ("$cadence", activity.AverageCadence), ("$speed", activity.AverageSpeed),
                ("$workoutType", activity.WorkoutType), ("$polyline", Polyline(activity.Map?.SummaryPolyline)), ("$pass", pass),
                ("$manual", activity.Manual));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Marks activities as seen in this pass without touching them: records Strava listed but MCPacer could not read
    /// are kept as they were stored rather than taken for deleted.
    /// </summary>
    public async Task MarkSeenAsync(IEnumerable<long> ids, long pass, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var id in ids)
        {
            await using var update = Command(connection, null, "UPDATE activities SET seen_in_pass = $pass WHERE id = $id", ("$id", id), ("$pass", pass));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Removes the activities a listing pass did not see (all of them, or those since <paramref name="since"/>
    /// for a pass that listed only recent ones): they were deleted on Strava.
    /// </summary>
    public async Task<int> DeleteUnseenAsync(long pass, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var delete = Command(connection, null, "DELETE FROM activities WHERE seen_in_pass < $pass AND start_utc >= $since",
            ("$pass", pass), ("$since", (since ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> LatestStartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT MAX(start_utc) FROM activities");
        return await select.ExecuteScalarAsync(cancellationToken) is string latest
            ? DateTimeOffset.Parse(latest, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var delete = Command(connection, null, "DELETE FROM activities WHERE id = $id", ("$id", id));
        return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task SaveDetailAsync(DetailedActivity detail, DateTimeOffset syncedAt, CancellationToken cancellationToken)
    {
        var laps = detail.Laps.Select(l => new RunLap(l.LapIndex, l.Name, RunFigures.RoundKm(l.Distance), l.MovingTime,
            RunFigures.Pace(l.Distance, l.MovingTime), l.AverageHeartrate, l.MaxHeartrate, l.TotalElevationGain, l.AverageCadence)).ToList();
        var splits = detail.SplitsMetric.Select(s => new RunSplit(s.Number, RunFigures.RoundKm(s.Distance), s.MovingTime,
            RunFigures.Pace(s.Distance, s.MovingTime), s.AverageHeartrate, s.ElevationDifference)).ToList();

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null, """
            UPDATE activities SET name = $name, description = $description, polyline = $polyline, laps_json = $laps,
                splits_json = $splits, detail_synced_at = $at
            WHERE id = $id
            """,
            ("$id", detail.Id), ("$name", detail.Name), ("$description", detail.Description), ("$polyline", Polyline(detail.Map?.Polyline) ?? Polyline(detail.Map?.SummaryPolyline)),
            ("$laps", JsonSerializer.Serialize(laps, Json)), ("$splits", JsonSerializer.Serialize(splits, Json)),
            ("$at", syncedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records that the activity's detail could not be read, so that the sync goes on and does not ask again.</summary>
    public async Task SaveUnreadableDetailAsync(long id, string reason, DateTimeOffset syncedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null, "UPDATE activities SET detail_note = $note, detail_synced_at = $at WHERE id = $id",
            ("$id", id), ("$note", reason), ("$at", syncedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Ids of activities whose detail is to be read, newest first: never read, or started since
    /// <paramref name="recentSince"/> and read before <paramref name="readBefore"/> (the athlete may still edit it).
    /// </summary>
    public Task<IReadOnlyList<long>> DetailsToReadAsync(DateTimeOffset recentSince, DateTimeOffset readBefore, CancellationToken cancellationToken) =>
        database.IdsAsync("""
            SELECT id FROM activities
            WHERE detail_synced_at IS NULL OR (start_utc >= $recent AND detail_synced_at < $stale)
            ORDER BY start_utc DESC
            """,
            [("$recent", recentSince.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
             ("$stale", readBefore.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))], cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = Command(connection, null, "SELECT COUNT(*) FROM activities");
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>How many activities are stored: runs, and the rest (cross-training).</summary>
    public async Task<(int Runs, int Other)> CountByFamilyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = Command(connection, null, """
            SELECT COALESCE(SUM(family = $family), 0), COALESCE(SUM(family <> $family), 0) FROM activities
            """, ("$family", SportFamilies.Running));
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>
    /// Run kilometres and runs per calendar year (local dates) before <paramref name="before"/>, newest year first:
    /// summed here rather than read row by row, so years of history cost the run context next to nothing.
    /// </summary>
    public async Task<IReadOnlyList<YearOfRuns>> RunYearsBeforeAsync(DateOnly before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT CAST(substr(local_date, 1, 4) AS INTEGER) AS year, SUM(ROUND(distance_m / 1000.0, 2)), COUNT(*)
            FROM activities WHERE family = $family AND local_date < $before
            GROUP BY year ORDER BY year DESC
            """, ("$family", SportFamilies.Running), ("$before", LocalDate(before)));
        var years = new List<YearOfRuns>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            years.Add(new YearOfRuns(reader.GetInt32(0), reader.GetDouble(1), reader.GetInt32(2)));
        }

        return years;
    }

    public async Task<StravaActivityPage> PageAsync(int page, int perPage, CancellationToken cancellationToken)
    {
        var items = await ActivitiesAsync($"SELECT {SummaryColumns} FROM activities ORDER BY start_utc DESC LIMIT $limit OFFSET $offset",
            [("$limit", perPage), ("$offset", (page - 1) * perPage)], cancellationToken);
        return new StravaActivityPage(items, page, perPage, await CountAsync(cancellationToken));
    }

    /// <summary>Activities whose local date is within [from, to], oldest first.</summary>
    public Task<IReadOnlyList<StravaActivity>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        ActivitiesAsync($"SELECT {SummaryColumns} FROM activities WHERE local_date BETWEEN $from AND $to ORDER BY start_utc",
            [("$from", LocalDate(from)), ("$to", LocalDate(to))],
            cancellationToken);

    public async Task<StravaActivity?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await ActivitiesAsync($"SELECT {SummaryColumns} FROM activities WHERE id = $id", [("$id", id)], cancellationToken)).FirstOrDefault();

    /// <summary>The activity with what the detail and the digest prompt need; null when unknown.</summary>
    public async Task<StoredRun?> FindRunAsync(long id, CancellationToken cancellationToken)
    {
        var activity = await FindAsync(id, cancellationToken);
        if (activity is null)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null,
            "SELECT description, laps_json, splits_json, COALESCE(polyline, summary_polyline) FROM activities WHERE id = $id", ("$id", id));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var description = reader.IsDBNull(0) ? null : reader.GetString(0);
        var laps = reader.IsDBNull(1) ? [] : JsonSerializer.Deserialize<List<RunLap>>(reader.GetString(1), Json) ?? [];
        var splits = reader.IsDBNull(2) ? [] : JsonSerializer.Deserialize<List<RunSplit>>(reader.GetString(2), Json) ?? [];
        var polyline = reader.IsDBNull(3) ? null : reader.GetString(3);
        return new StoredRun(activity, description, laps, splits, await notes.OfActivityAsync(id, cancellationToken), polyline);
    }

    public async Task SaveDescriptionAsync(long id, string? description, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = Command(connection, null, "UPDATE activities SET description = $description WHERE id = $id",
            ("$id", id), ("$description", description));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The IANA time zone of the most recent activity that names one.</summary>
    public async Task<string?> LatestTimeZoneAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT time_zone FROM activities WHERE time_zone IS NOT NULL ORDER BY start_utc DESC LIMIT 1");
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    async Task<IReadOnlyList<StravaActivity>> ActivitiesAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, sql, parameters);
        var activities = new List<StravaActivity>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            activities.Add(ReadActivity(reader));
        }

        return activities;
    }

    static StravaActivity ReadActivity(SqliteDataReader r)
    {
        var sport = r.GetString(2);
        var trainer = r.GetBoolean(4);
        var distance = r.GetDouble(9);
        var moving = r.GetInt32(10);
        var family = r.GetString(3);
        return new StravaActivity(
            r.GetInt64(0), r.GetString(1), sport, family, SportFamily.IsTreadmill(sport, trainer),
            DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
            DateTime.ParseExact(r.GetString(6), "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(r.GetString(7), LocalDateFormat, CultureInfo.InvariantCulture),
            r.IsDBNull(8) ? null : r.GetString(8),
            RunFigures.RoundKm(distance), moving, r.GetInt32(11),
            family == SportFamilies.Running ? RunFigures.Pace(distance, moving) : null,
            r.GetDouble(12),
            r.IsDBNull(13) ? null : r.GetDouble(13),
            r.IsDBNull(14) ? null : r.GetDouble(14),
            r.IsDBNull(15) ? null : r.GetDouble(15),
            r.IsDBNull(16) ? null : r.GetInt32(16),
            r.GetBoolean(17), r.GetBoolean(18),
            r.IsDBNull(19) ? null : r.GetString(19));
    }

    /// <summary>An activity without GPS has no route: Strava sends an empty polyline (once, null).</summary>
    static string? Polyline(string? encoded) => string.IsNullOrEmpty(encoded) ? null : encoded;
}

/// <summary>A calendar year of runs, summed.</summary>
internal sealed record YearOfRuns(int Year, double Km, int Runs);

/// <summary>An activity with its detail, as stored.</summary>
internal sealed record StoredRun(
    StravaActivity Activity, string? Description, IReadOnlyList<RunLap> Laps, IReadOnlyList<RunSplit> Splits,
    IReadOnlyList<RunNote> Notes, string? Polyline);
