using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Data;

/// <summary>Small helpers to run one statement with its parameters and read its rows.</summary>
internal static class Sql
{
    public static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, SqlWhere? where = null, params (string Name, object? Value)[] values)
    {
        using var command = Command(connection, sql, where, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static T? Row<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, SqlWhere? where = null, params (string Name, object? Value)[] values)
        where T : class
    {
        using var command = Command(connection, sql, where, values);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }

    public static long Count(SqliteConnection connection, string sql, SqlWhere? where = null, params (string Name, object? Value)[] values)
    {
        using var command = Command(connection, sql, where, values);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public static string? Text(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Integer(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static double? Real(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    /// <summary>A list of values as one JSON array parameter, read back with json_each: one statement for any number of ids.</summary>
    public static string JsonArray(IEnumerable<string> values)
        => System.Text.Json.JsonSerializer.Serialize(values.Distinct(StringComparer.Ordinal).ToArray(), Json.WebJsonContext.Default.StringArray);

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqlWhere? where, (string Name, object? Value)[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        where?.Bind(command);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
