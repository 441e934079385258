using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public abstract class SchemaTests(StoreEngine engine) : StoreTests(engine)
{
    /// <summary>The table that records the schema version, and the version this program writes.</summary>
    protected abstract (string Table, string Column, long Version) SchemaVersion { get; }

    [Fact]
    public void Open_creates_the_tables_and_the_schema_version_in_a_new_database()
    {
        var path = Engine.NewDatabase("new");

        using (Engine.Open(path))
        {
        }

        // The store's own tables; the workbench's (web_..., the SQLite full-text index documents_fts) are checked per engine,
        // PostgreSQL's work queue (work_queue...) by QueueLeaseTests.
        var tables = Engine.Tables(path).Where(t => !t.StartsWith("web_", StringComparison.Ordinal) && !t.StartsWith("work_queue", StringComparison.Ordinal) && !t.StartsWith("documents_fts", StringComparison.Ordinal) && !t.StartsWith("sqlite_", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "alert_entries", "alert_seen", "alerts", "corpus_claims", "corpus_conflicts", "corpus_document_links", "corpus_documents", "corpus_entities", "corpus_entity_documents",
                "corpus_event_actors", "corpus_event_documents", "corpus_events", "corpus_progress", "corpus_state", "corpus_state_lists",
                "corpus_state_numbered", "corpus_state_sets", "corpus_stories",
                "documents", "event_reviews", "failed_sources", "failed_stages", "review_actions", "runs", SchemaVersion.Table, "watch_items", "watch_sitemaps", "watch_sources",
            ],
            tables);
        Assert.Equal(SchemaVersion.Version, Engine.Count(path, $"SELECT MAX({SchemaVersion.Column}) FROM {SchemaVersion.Table}"));
    }

    [Fact]
    public void Opening_an_existing_store_again_keeps_its_schema_version_rows()
    {
        var path = Engine.NewDatabase("twice");

        Engine.Open(path).Dispose();
        var rows = Engine.Count(path, $"SELECT COUNT(*) FROM {SchemaVersion.Table}");
        Engine.Open(path).Dispose();

        Assert.Equal(rows, Engine.Count(path, $"SELECT COUNT(*) FROM {SchemaVersion.Table}"));
        Assert.Equal(SchemaVersion.Version, Engine.Count(path, $"SELECT MAX({SchemaVersion.Column}) FROM {SchemaVersion.Table}"));
    }

    [Fact]
    public void Open_a_store_written_by_a_newer_program_throws_StoreException_and_keeps_its_data()
    {
        var path = Engine.NewDatabase("newer");
        using (var store = Engine.Open(path))
        using (var run = store.BeginRun("first"))
        {
            run.Add(Documents.Numbered(1));
            run.Complete();
        }

        MarkNewer(path, SchemaVersion.Version + 1);

        var error = Assert.Throws<StoreException>(() => Engine.Open(path));

        Assert.Contains(Shown(path), error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Equal(SchemaVersion.Version + 1, Engine.Count(path, $"SELECT MAX({SchemaVersion.Column}) FROM {SchemaVersion.Table}"));
        Assert.Equal(1, Engine.Count(path, "SELECT COUNT(*) FROM documents"));
    }

    /// <summary>What a newer program leaves: a higher version number.</summary>
    protected abstract void MarkNewer(string location, long version);

    /// <summary>How messages name the database.</summary>
    protected static string Shown(string location) => DatabaseTarget.Parse(location).ToString();
}

public sealed class SchemaTestsOnSqlite() : SchemaTests(new SqliteEngine())
{
    protected override (string Table, string Column, long Version) SchemaVersion => ("schema_info", "version", Sqlite.SqliteSchema.Version);

    protected override void MarkNewer(string location, long version) => Engine.Execute(location, $"UPDATE schema_info SET version = {version}");

    [Fact]
    public void A_new_file_has_the_workbench_tables_and_the_full_text_index()
    {
        var path = Engine.NewDatabase("workbench");
        Engine.Open(path).Dispose();

        Assert.Equal(
            ["documents_fts", "web_actor_counts", "web_document_facets", "web_documents", "web_event_cells", "web_event_keys", "web_events", "web_names", "web_names_fts", "web_story_facets"],
            Engine.Tables(path).Where(t => (t.StartsWith("web_", StringComparison.Ordinal) || t.StartsWith("documents_fts", StringComparison.Ordinal)) && !t.Contains("_fts_", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void A_version_6_file_gets_the_child_sitemaps_table_and_the_delivery_claim_of_version_7_and_keeps_its_alerts()
    {
        var path = Engine.NewDatabase("version6");
        Engine.Open(path).Dispose();
        Engine.Execute(path, """
            DROP TABLE watch_sitemaps;
            ALTER TABLE alert_entries DROP COLUMN delivery_claimed;
            INSERT INTO alert_entries(alert_id, event_id, kind, raised, title, summary) VALUES (1, 'V1', 'new', '2026-12-01T00:00:00Z', 'kept', '{}');
            UPDATE schema_info SET version = 6;
            """);

        Engine.Open(path).Dispose();

        Assert.Equal(SchemaVersion.Version, Engine.Count(path, "SELECT version FROM schema_info"));
        Assert.Contains("watch_sitemaps", Engine.Tables(path));
        Assert.Equal(1, Engine.Count(path, "SELECT COUNT(*) FROM alert_entries WHERE title = 'kept' AND delivery_claimed IS NULL"));
    }

    [Fact]
    public void A_new_file_is_in_WAL_mode()
    {
        var path = Engine.NewDatabase("wal");
        Engine.Open(path).Dispose();

        Assert.True(File.Exists(path));
        Assert.Equal("wal", Engine.Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Store_path_is_the_full_path_of_the_file()
    {
        var path = Engine.NewDatabase("full");

        using var store = (Sqlite.SqliteDocumentStore)Engine.Open(path);

        Assert.Equal(Path.GetFullPath(path), store.Path);
    }

    [Fact]
    public void Open_in_a_missing_folder_throws_StoreException_naming_the_path()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Engine.NewDatabase("x"))!, "missing");
        var path = Path.Combine(folder, "store.db");

        var error = Assert.Throws<StoreException>(() => Engine.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}

[Collection(UsesPostgresServer.Name)]
public sealed class SchemaTestsOnPostgres(PostgresServer server) : SchemaTests(new PostgresEngine(server))
{
    protected override (string Table, string Column, long Version) SchemaVersion => ("schema_migrations", "version", Postgres.PostgresSchema.Version);

    protected override void MarkNewer(string location, long version)
        => Engine.Execute(location, $"INSERT INTO schema_migrations(version, description, applied) VALUES ({version}, 'from the future', '2099-01-01T00:00:00Z')");

    [Fact]
    public void Every_migration_is_recorded_once_in_order()
    {
        var path = Engine.NewDatabase("migrations");
        Engine.Open(path).Dispose();

        Assert.Equal(
            Postgres.PostgresSchema.Migrations.Select(m => $"{m.Version}\t{m.Description}"),
            Engine.Rows(path, "SELECT version, description FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public void Opening_another_programs_database_throws_StoreException_and_leaves_it_unchanged()
    {
        var path = Engine.NewDatabase("contacts");
        Engine.Execute(path, "CREATE TABLE contacts (name text NOT NULL, phone text); INSERT INTO contacts VALUES ('Ana', '555-0101');");

        var error = Assert.Throws<StoreException>(() => Engine.Open(path));

        Assert.Contains(Shown(path), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["contacts"], Engine.Tables(path));
        Assert.Equal(["Ana\t555-0101"], Engine.Rows(path, "SELECT name, phone FROM contacts"));
    }

    [Fact]
    public async Task Stores_opening_a_new_database_at_the_same_time_create_its_schema_once()
    {
        var path = Engine.NewDatabase("together");
        using var start = new Barrier(4);
        var opened = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TimeSpan.FromMinutes(2));
            Engine.Open(path).Dispose();
        })).ToArray();

        await Task.WhenAll(opened).WaitAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(Postgres.PostgresSchema.Migrations.Count, Engine.Count(path, "SELECT COUNT(*) FROM schema_migrations"));
    }
}
