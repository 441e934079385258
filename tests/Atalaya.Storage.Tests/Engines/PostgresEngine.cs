using System.Data.Common;
using Atalaya.Storage.Postgres;
using Npgsql;

namespace Atalaya.Storage.Tests.Engines;

/// <summary>A new database on the test run's PostgreSQL server for each database a test asks for.</summary>
public sealed class PostgresEngine(PostgresServer server) : StoreEngine
{
    public PostgresServer Server => server;

    public override string Name => "PostgreSQL";

    public override int CommitEvery => PostgresIngestRun.CommitEvery;

    public override IReadOnlyList<string> BulkWriteIndexes => PostgresDialect.Instance.BulkWriteIndexes;

    public override string NewDatabase(string name) => server.NewDatabaseUri();

    public override IDocumentStore Open(string location) => PostgresDocumentStore.Open(DatabaseTarget.Parse(location));

    public override void Consolidate(IDocumentStore store, int chunk) => ((PostgresDocumentStore)store).Consolidate(chunk);

    public override long PendingConsolidation(IDocumentStore store) => ((PostgresDocumentStore)store).PendingConsolidation;

    public override string Bytes(string hex) => $"'\\x{hex}'::bytea";

    /// <summary>PostgreSQL checks its pages itself; what a test can check is that the database still answers.</summary>
    public override void AssertIntact(string location) => Assert.Equal(1L, Count(location, "SELECT COUNT(*) FROM schema_migrations WHERE version = 1"));

    public override List<string> Tables(string location)
        => Column(location, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name COLLATE \"C\"");

    public override List<string> Indexes(string location)
        => Column(location, """
            SELECT i.indexname FROM pg_indexes i
            WHERE i.schemaname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.indexname COLLATE "C"
            """);

    public override DbConnection Connect(string location)
    {
        var connection = new NpgsqlConnection(DatabaseTarget.Parse(location).PostgresConnectionString);
        connection.Open();
        return connection;
    }
}
