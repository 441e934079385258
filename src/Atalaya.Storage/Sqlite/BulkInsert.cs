using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>Inserts many rows with few statements: one statement a row costs more than what it writes.</summary>
internal static class BulkInsert
{
    private const int RowsPerStatement = 32;

    /// <param name="insert">The statement up to its VALUES keyword; the row tuples are added.</param>
    public static void Run<T>(SqliteConnection connection, SqliteTransaction transaction, string insert, IReadOnlyList<T> rows, int columns, Func<T, object?[]> values)
    {
        SqliteCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - start);
                var command = count == RowsPerStatement && full is not null ? full : Prepare(connection, insert, count, columns);
                command.Transaction = transaction;
                for (var r = 0; r < count; r++)
                {
                    var row = values(rows[start + r]);
                    for (var c = 0; c < columns; c++)
                    {
                        command.Parameters[(r * columns) + c].Value = row[c] ?? DBNull.Value;
                    }
                }

                command.ExecuteNonQuery();
                if (count == RowsPerStatement)
                {
                    full = command;
                }
                else
                {
                    command.Dispose();
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string insert, int rows, int columns)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(insert);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{(r * columns) + c}");
                sql.Append(c == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
