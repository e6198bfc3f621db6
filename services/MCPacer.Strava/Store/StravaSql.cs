using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MCPacer.Strava.Store;

/// <summary>What every store of the Strava database writes its SQL with.</summary>
internal static class StravaSql
{
    /// <summary>How the JSON columns (laps, splits, streams) are written.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>local_date's text: ISO dates, so that comparing them as text compares the dates.</summary>
    public const string LocalDateFormat = "yyyy-MM-dd";

    public static string LocalDate(DateOnly date) => date.ToString(LocalDateFormat, CultureInfo.InvariantCulture);

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>The ids the query selects (its first column), in its order.</summary>
    public static async Task<IReadOnlyList<long>> IdsAsync(this StravaDatabase database, string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = Command(connection, null, sql, parameters);
        var ids = new List<long>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
