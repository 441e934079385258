using System.Data.Common;
using Atalaya.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Atalaya.Storage.Postgres;

/// <summary>PostgreSQL's part of the shared store code: its own index definitions and a lock so that one process consolidates at a time.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override IReadOnlyList<string> BulkWriteIndexes { get; } = [.. PostgresSchema.BulkWriteIndexes.Keys];

    /// <summary>Each statement is a round trip to the server: more rows a statement than SQLite's in-process calls need.</summary>
    public override int RowsPerInsert => 256;

    public override bool BatchesStatements => true;

    /// <summary>By binary COPY: a large state written at once goes several times faster than by INSERTs.</summary>
    public override void Load(DbConnection connection, DbTransaction transaction, string table, string columns, IReadOnlyList<object?[]> rows)
    {
        using var copy = ((NpgsqlConnection)connection).BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            copy.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case string text:
                        copy.Write(text, NpgsqlDbType.Text);
                        break;
                    case long number:
                        copy.Write(number, NpgsqlDbType.Bigint);
                        break;
                    case byte[] bytes:
                        copy.Write(bytes, NpgsqlDbType.Bytea);
                        break;
                    default:
                        throw new ArgumentException($"no COPY type for {value?.GetType().Name ?? "null"} in {table}", nameof(rows));
                }
            }
        }

        copy.Complete();
    }

    /// <summary>Without a time limit: eleven index builds over a large corpus can take longer than a statement's default 30 s.</summary>
    public override void RestoreIndexes(DbConnection connection, DbTransaction transaction)
    {
        using var command = Commands.Create(connection, PostgresSchema.CreateBulkWriteIndexes, transaction);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    /// <summary>The workbench's triggers wait for the refill (see PostgresWorkbenchDeferral).</summary>
    public override void DeferDerivedTables(DbConnection connection, DbTransaction transaction)
        => Workbench.PostgresWorkbenchDeferral.Defer(connection, transaction);

    public override void RefillDerivedTables(DbConnection connection, DbTransaction transaction)
        => Workbench.PostgresWorkbenchDeferral.Refill(connection, transaction);

    /// <summary>
    /// A session lock, released on dispose or when the connection ends (a killed process holds it no
    /// longer): a second consolidation waits, then reads the progress the first one left.
    /// </summary>
    public override IDisposable HoldConsolidation(DbConnection connection)
    {
        Commands.Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLocks.Consolidation})");
        return new Release(connection);
    }

    private sealed class Release(DbConnection connection) : IDisposable
    {
        public void Dispose()
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                Commands.Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLocks.Consolidation})");
            }
        }
    }
}
