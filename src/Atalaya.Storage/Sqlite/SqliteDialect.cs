using System.Data.Common;
using Atalaya.Storage.Relational;

namespace Atalaya.Storage.Sqlite;

/// <summary>SQLite's part of the shared store code: its schema creates missing indexes, and WAL checkpoints are tuned while consolidating.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override IReadOnlyList<string> BulkWriteIndexes => SqliteSchema.BulkWriteIndexes;

    public override void RestoreIndexes(DbConnection connection, DbTransaction transaction)
        => Commands.Execute(connection, SqliteSchema.Create, transaction);

    /// <summary>While consolidating, fewer, larger checkpoints copy a page changed by several chunks once.</summary>
    public override IDisposable TuneForConsolidation(DbConnection connection)
    {
        Commands.Execute(connection, "PRAGMA wal_autocheckpoint=10000;");
        return new Undo(connection);
    }

    /// <summary>Back to SQLite's default, also when a run fails (its caller may go on with this connection).</summary>
    private sealed class Undo(DbConnection connection) : IDisposable
    {
        public void Dispose() => Commands.Execute(connection, "PRAGMA wal_autocheckpoint=1000;");
    }
}
