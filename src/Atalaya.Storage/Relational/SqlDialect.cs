using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>
/// What the engine-neutral store code needs to know about one engine: the few steps that differ
/// (index rebuilds, checkpoint tuning, locks between processes). The SQL of the shared code is
/// written in the syntax both engines read (@name parameters, INSERT ... ON CONFLICT).
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>
    /// Secondary indexes of the corpus tables that consolidation never reads through: a consolidation
    /// from the first document drops them and creates them again at its end (one sort per index).
    /// </summary>
    public abstract IReadOnlyList<string> BulkWriteIndexes { get; }

    /// <summary>Rows a multi-row INSERT carries: enough to amortize a statement, few enough for the engine's parameter limit.</summary>
    public virtual int RowsPerInsert => 32;

    /// <summary>
    /// Send the corpus rows' statements many at a time (a server round trip each would cost more than
    /// the writing); an embedded engine runs each at once.
    /// </summary>
    public virtual bool BatchesStatements => false;

    /// <summary>
    /// Writes rows into a table this transaction emptied (no row can conflict), by default with
    /// multi-row INSERTs; <paramref name="columns"/> are comma-separated and each row has one value per column.
    /// </summary>
    public virtual void Load(DbConnection connection, DbTransaction transaction, string table, string columns, IReadOnlyList<object?[]> rows)
        => BulkInsert.Run(this, connection, transaction, $"INSERT INTO {table}({columns}) VALUES ", "", rows, columns.Split(',').Length, row => row);

    /// <summary>Creates the indexes of <see cref="BulkWriteIndexes"/> that are missing.</summary>
    public abstract void RestoreIndexes(DbConnection connection, DbTransaction transaction);

    /// <summary>
    /// Called first in each transaction of a consolidation from the first document: tables an engine
    /// derives from the corpus rows by triggers may be left as they were, to be filled once by
    /// <see cref="RefillDerivedTables"/> instead of row by row.
    /// </summary>
    public virtual void DeferDerivedTables(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>
    /// Called in the last transaction of a consolidation from the first document, the one that marks
    /// its progress (after <see cref="RestoreIndexes"/>): the derived tables are made whole from the
    /// corpus rows, committed with the mark, so that no kill can leave them behind a marked progress.
    /// </summary>
    public virtual void RefillDerivedTables(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>
    /// Makes this connection the only one consolidating until the result is disposed (other
    /// processes wait); the consolidation reads its progress after taking it.
    /// </summary>
    public virtual IDisposable HoldConsolidation(DbConnection connection) => NoHold.Instance;

    /// <summary>Engine tuning for the duration of a consolidation (undone on dispose, also after a failure).</summary>
    public virtual IDisposable TuneForConsolidation(DbConnection connection) => NoHold.Instance;

    private sealed class NoHold : IDisposable
    {
        public static readonly NoHold Instance = new();

        public void Dispose()
        {
        }
    }
}
