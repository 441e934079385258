using System.Globalization;
using System.Text;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>Inserts many rows with few statements: one statement a row costs more than what it writes.</summary>
internal static class BulkInsert
{
    /// <param name="insert">The statement up to its VALUES keyword; the row tuples are added.</param>
    /// <param name="conflict">What follows the tuples (an ON CONFLICT clause), or "".</param>
    public static void Run<T>(SqlDialect dialect, DbConnection connection, DbTransaction transaction, string insert, string conflict, IReadOnlyList<T> rows, int columns, Func<T, object?[]> values)
    {
        var rowsPerStatement = dialect.RowsPerInsert;
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                var command = count == rowsPerStatement && full is not null ? full : Prepare(connection, insert, conflict, count, columns);
                command.Transaction = transaction;
                for (var r = 0; r < count; r++)
                {
                    var row = values(rows[start + r]);
                    for (var c = 0; c < columns; c++)
                    {
                        command.Parameters[(r * columns) + c].Value = Commands.Value(row[c]);
                    }
                }

                command.ExecuteNonQuery();
                if (count == rowsPerStatement)
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

    private static DbCommand Prepare(DbConnection connection, string insert, string conflict, int rows, int columns)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(insert);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{(r * columns) + c}");
                sql.Append(c == 0 ? name : "," + name);
                Commands.Add(command, name);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(conflict).ToString();
        return command;
    }
}
