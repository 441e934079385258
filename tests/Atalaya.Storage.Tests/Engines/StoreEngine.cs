using System.Data.Common;
using System.Globalization;

namespace Atalaya.Storage.Tests.Engines;

/// <summary>
/// One database engine the storage suite runs on: new empty databases, the store over them, and
/// direct queries that do not go through the store under test. Each test class gets a new engine
/// (xunit makes one instance per test) and disposes it.
/// </summary>
public abstract class StoreEngine : IDisposable
{
    public abstract string Name { get; }

    /// <summary>Documents an ingest run commits at a time (what a run that dies loses at most).</summary>
    public abstract int CommitEvery { get; }

    /// <summary>The corpus indexes a consolidation from the first document drops and creates again.</summary>
    public abstract IReadOnlyList<string> BulkWriteIndexes { get; }

    /// <summary>A new empty database (nothing created yet for SQLite: a path in a new folder).</summary>
    public abstract string NewDatabase(string name);

    public abstract IDocumentStore Open(string location);

    /// <summary>Consolidates in transactions of <paramref name="chunk"/> documents.</summary>
    public abstract void Consolidate(IDocumentStore store, int chunk);

    public abstract long PendingConsolidation(IDocumentStore store);

    /// <summary>A blob literal of the engine's SQL (x'00' in SQLite, '\x00'::bytea in PostgreSQL).</summary>
    public abstract string Bytes(string hex);

    /// <summary>The engine's own check of its files or pages: a failure here is corruption.</summary>
    public abstract void AssertIntact(string location);

    /// <summary>The names of the tables, sorted, and of the indexes (not those of primary keys or unique constraints).</summary>
    public abstract List<string> Tables(string location);

    public abstract List<string> Indexes(string location);

    public abstract DbConnection Connect(string location);

    public object? Scalar(string location, string sql)
    {
        using var connection = Connect(location);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public long Count(string location, string sql) => Convert.ToInt64(Scalar(location, sql), CultureInfo.InvariantCulture);

    public List<string> Column(string location, string sql) => [.. Rows(location, sql)];

    /// <summary>Each row's values as text, tab-separated, NULL for null.</summary>
    public List<string> Rows(string location, string sql)
    {
        using var connection = Connect(location);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\t', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public void Execute(string location, string sql)
    {
        using var connection = Connect(location);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override string ToString() => Name;

    public virtual void Dispose() => GC.SuppressFinalize(this);
}
