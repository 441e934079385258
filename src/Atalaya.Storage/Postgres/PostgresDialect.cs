using System.Data.Common;
using Atalaya.Storage.Relational;

namespace Atalaya.Storage.Postgres;

/// <summary>PostgreSQL's part of the shared store code: its own index definitions and a lock so that one process consolidates at a time.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override IReadOnlyList<string> BulkWriteIndexes { get; } = [.. PostgresSchema.BulkWriteIndexes.Keys];

    /// <summary>Each statement is a round trip to the server: more rows a statement than SQLite's in-process calls need.</summary>
    public override int RowsPerInsert => 256;

    public override bool BatchesStatements => true;

    public override void RestoreIndexes(DbConnection connection, DbTransaction transaction)
        => Commands.Execute(connection, PostgresSchema.CreateBulkWriteIndexes, transaction);

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
