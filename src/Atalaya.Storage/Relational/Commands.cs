using System.Data.Common;
using System.Globalization;

namespace Atalaya.Storage.Relational;

/// <summary>What every engine's ADO.NET provider does alike: statements, parameters by name (@name), scalars.</summary>
internal static class Commands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;

        // Without one given, the command keeps what its connection gave it: SQLite's joins the
        // connection's open transaction (a run's), which a command outside it may not bypass.
        if (transaction is not null)
        {
            command.Transaction = transaction;
        }

        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = Value(value);
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// A parameter value in the form every engine stores: integers as 64-bit (the integer columns are
    /// bigint in PostgreSQL). A statement PostgreSQL prepared for a bigint, or for a null whose type it
    /// inferred from the column, must not be sent a 32-bit integer the next time.
    /// </summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        int number => (long)number,
        _ => value,
    };

    public static int Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = Create(connection, sql, transaction);
        return command.ExecuteNonQuery();
    }

    public static long Count(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = Create(connection, sql, transaction);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
