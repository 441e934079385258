using System.Data.Common;
using System.Globalization;
using Atalaya.Storage;
using Atalaya.Storage.Postgres;
using Atalaya.Storage.Sqlite;
using Npgsql;

namespace Atalaya.Web.Tests;

/// <summary>
/// The workbench's tables on PostgreSQL, kept by triggers, hold the same rows as on SQLite (the same
/// counts per filter key, the same events in the same insertion order, the same folded names) after
/// every run of an ingest in several runs; and they change in the transaction of the corpus write.
/// </summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed class PostgresWorkbenchTablesTests(PostgresWorkbenchFixture fixture) : IDisposable
{
    private static readonly string[] Tables =
    [
        "SELECT seq, published, language FROM web_documents ORDER BY 1",
        "SELECT id, date, week, type, admin1, fatalities, lat, lon, place, story_id FROM web_events ORDER BY {order}",
        "SELECT key, event_id FROM web_event_keys ORDER BY 1, 2",
        "SELECT key, admin1, type, week, events, fatalities FROM web_event_cells ORDER BY 1, 2, 3, 4",
        "SELECT key, entity_id, events FROM web_actor_counts ORDER BY 1, 2",
        "SELECT key, story_id, n FROM web_story_facets ORDER BY 1, 2",
        "SELECT key, seq, n FROM web_document_facets ORDER BY 1, 2",
        "SELECT entity_id, name, folded FROM web_names ORDER BY 1, 2",
    ];

    private readonly TempFolder folder = new();

    [Fact]
    public void Every_run_of_an_ingest_in_three_runs_leaves_the_same_tables_as_on_sqlite()
    {
        List<Atalaya.Core.Contract.ContractDocument> documents;
        using (var source = SqliteDocumentStore.Open(fixture.DatabasePath))
        {
            documents = [.. source.Documents()];
        }

        Assert.True(documents.Count >= 6, $"only {documents.Count} documents");
        var sqlitePath = folder.File("runs.db");
        var postgresUri = fixture.NewDatabaseUri();
        using var sqlite = SqliteDocumentStore.Open(sqlitePath);
        using var postgres = PostgresDocumentStore.Open(DatabaseTarget.Parse(postgresUri));
        var runs = documents.Chunk((documents.Count + 2) / 3).ToList();
        foreach (var (run, number) in runs.Select((run, number) => (run, number)))
        {
            // Out of order within a run, so a later run revisits the stories and events of an earlier one.
            var shuffled = run.Reverse().ToList();
            StoreRun(sqlite, shuffled);
            StoreRun(postgres, shuffled);

            using var sqliteConnection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqlitePath};Pooling=False");
            using var postgresConnection = new NpgsqlConnection(DatabaseTarget.Parse(postgresUri).PostgresConnectionString);
            sqliteConnection.Open();
            postgresConnection.Open();
            foreach (var table in Tables)
            {
                var onSqlite = Rows(sqliteConnection, table.Replace("{order}", "rowid", StringComparison.Ordinal));
                var onPostgres = Rows(postgresConnection, table.Replace("{order}", "row_order", StringComparison.Ordinal));
                Assert.True(onSqlite.Count > 0, $"run {number + 1}: nothing in {table}");
                Assert.Equal(onSqlite, onPostgres);
            }
        }
    }

    [Fact]
    public void A_corpus_write_rolled_back_takes_its_counts_along()
    {
        using var connection = new NpgsqlConnection(DatabaseTarget.Parse(fixture.Location).PostgresConnectionString);
        connection.Open();
        const string Counted = "SELECT COUNT(*) FROM web_event_cells WHERE key = 's:Estado Inventado'";
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, "UPDATE corpus_events SET admin1 = 'Estado Inventado' WHERE id = (SELECT MIN(id) FROM corpus_events)");
            Assert.Equal("1", Rows(connection, Counted).Single());
            transaction.Rollback();
        }

        Assert.Equal("0", Rows(connection, Counted).Single());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static void StoreRun(IDocumentStore store, IReadOnlyList<Atalaya.Core.Contract.ContractDocument> documents)
    {
        using (var run = store.BeginRun("a run of the engine comparison"))
        {
            foreach (var document in documents)
            {
                run.Add(document);
            }

            run.Complete();
        }

        store.Consolidate();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Each row's values as invariant text, tab-separated (numbers compared as numbers whatever the engine's type).</summary>
    private static List<string> Rows(DbConnection connection, string sql)
    {
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
}
