using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Atalaya.Cli.Tests;

/// <summary>Read-only queries on a database the program wrote, independent of the program's own code.</summary>
public static class Database
{
    public static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static object? Scalar(string path, string sql)
    {
        using var connection = OpenReadOnly(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Count(string path, string sql) => Convert.ToInt64(Scalar(path, sql), CultureInfo.InvariantCulture);

    /// <summary>Every row as tab-joined text, for comparing a table before and after.</summary>
    public static List<string> Rows(string path, string sql)
    {
        using var connection = OpenReadOnly(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(string.Join('\t', values));
        }

        return rows;
    }
}
