using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Open_creates_the_tables_and_the_schema_version_in_a_new_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("new.db");

        using (SqliteDocumentStore.Open(path))
        {
        }

        Assert.True(File.Exists(path));
        // The store's own tables; the workbench's (web_..., the full-text index documents_fts) are checked below.
        var tables = Sql.Column(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE 'web!_%' ESCAPE '!' AND name NOT LIKE 'documents!_fts%' ESCAPE '!' ORDER BY name");
        Assert.Equal(
            [
                "corpus_claims", "corpus_conflicts", "corpus_document_links", "corpus_documents", "corpus_entities", "corpus_entity_documents",
                "corpus_event_actors", "corpus_event_documents", "corpus_events", "corpus_progress", "corpus_state", "corpus_state_lists",
                "corpus_state_numbered", "corpus_state_sets", "corpus_stories",
                "documents", "failed_sources", "failed_stages", "runs", "schema_info",
            ],
            tables);
        Assert.Equal(
            ["documents_fts", "web_actor_counts", "web_document_facets", "web_documents", "web_event_cells", "web_event_keys", "web_events", "web_names", "web_names_fts", "web_story_facets"],
            Sql.Column(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'web!_%' ESCAPE '!' OR name LIKE 'documents!_fts%' ESCAPE '!') AND name NOT LIKE '%!_fts!_%' ESCAPE '!' ORDER BY name"));
        Assert.Equal(SqliteSchema.Version, Sql.Count(path, "SELECT version FROM schema_info"));
        Assert.Equal("wal", Sql.Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Opening_an_existing_store_again_keeps_a_single_schema_version_row()
    {
        using var temp = new TempFolder();
        var path = temp.File("twice.db");

        SqliteDocumentStore.Open(path).Dispose();
        SqliteDocumentStore.Open(path).Dispose();

        Assert.Equal(1, Sql.Count(path, "SELECT COUNT(*) FROM schema_info"));
    }

    [Fact]
    public void Store_path_is_the_full_path_of_the_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("full.db");

        using var store = SqliteDocumentStore.Open(path);

        Assert.Equal(Path.GetFullPath(path), store.Path);
    }

    [Fact]
    public void Open_in_a_missing_folder_throws_StoreException_naming_the_path()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "missing", "store.db");

        var error = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "missing")));
    }

    [Fact]
    public void Open_a_store_written_by_a_newer_program_throws_StoreException_and_keeps_its_data()
    {
        using var temp = new TempFolder();
        var path = temp.File("newer.db");
        using (var store = SqliteDocumentStore.Open(path))
        using (var run = store.BeginRun("first"))
        {
            run.Add(Documents.Numbered(1));
            run.Complete();
        }

        Sql.Execute(path, $"UPDATE schema_info SET version = {SqliteSchema.Version + 1}");

        var error = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Equal(SqliteSchema.Version + 1, Sql.Count(path, "SELECT version FROM schema_info"));
        Assert.Equal(1, Sql.Count(path, "SELECT COUNT(*) FROM documents"));
    }
}
