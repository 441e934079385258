using System.Data.Common;
using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests.Engines;

/// <summary>SQLite files in a temporary folder of the test.</summary>
public sealed class SqliteEngine : StoreEngine
{
    private readonly TempFolder folder = new();

    public override string Name => "SQLite";

    public override int CommitEvery => SqliteIngestRun.CommitEvery;

    public override IReadOnlyList<string> BulkWriteIndexes => SqliteSchema.BulkWriteIndexes;

    public override string NewDatabase(string name) => folder.File(name + ".db");

    public override IDocumentStore Open(string location) => SqliteDocumentStore.Open(location);

    public override void Consolidate(IDocumentStore store, int chunk) => ((SqliteDocumentStore)store).Consolidate(chunk);

    public override long PendingConsolidation(IDocumentStore store) => ((SqliteDocumentStore)store).PendingConsolidation;

    public override string Bytes(string hex) => $"x'{hex}'";

    public override void AssertIntact(string location) => Assert.Equal("ok", Scalar(location, "PRAGMA integrity_check"));

    public override List<string> Tables(string location) => Column(location, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

    public override List<string> Indexes(string location)
        => Column(location, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    public override DbConnection Connect(string location) => Sql.Open(location, readOnly: false);

    public override void Dispose()
    {
        folder.Dispose();
        base.Dispose();
    }
}
