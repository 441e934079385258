using System.Data.Common;
using System.Globalization;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// Small helpers to run one statement with its parameters and read its rows, over System.Data.Common
/// so that the portable queries need nothing of one engine's driver.
/// </summary>
internal static class Sql
{
    public static List<T> Rows<T>(WorkbenchDb db, string sql, Func<DbDataReader, T> read, SqlWhere? where = null, params (string Name, object? Value)[] values)
    {
        using var command = Command(db.Connection, sql, where, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static T? Row<T>(WorkbenchDb db, string sql, Func<DbDataReader, T> read, SqlWhere? where = null, params (string Name, object? Value)[] values)
        where T : class
    {
        using var command = Command(db.Connection, sql, where, values);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }

    public static long Count(WorkbenchDb db, string sql, SqlWhere? where = null, params (string Name, object? Value)[] values)
    {
        using var command = Command(db.Connection, sql, where, values);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Integer(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static double? Real(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    /// <summary>A list of values as one JSON array parameter (read back with the dialect's <see cref="WorkbenchDialect.ValuesOf"/>): one statement for any number of ids.</summary>
    public static string JsonArray(IEnumerable<string> values)
        => System.Text.Json.JsonSerializer.Serialize(values.Distinct(StringComparer.Ordinal).ToArray(), WorkbenchJsonContext.Default.StringArray);

    /// <summary>Adds a parameter unless one of that name is there already.</summary>
    public static void Bind(DbCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static DbCommand Command(DbConnection connection, string sql, SqlWhere? where, (string Name, object? Value)[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        where?.Bind(command);
        foreach (var (name, value) in values)
        {
            Bind(command, name, value);
        }

        return command;
    }
}
