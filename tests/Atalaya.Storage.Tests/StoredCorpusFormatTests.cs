using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Relational;
using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Tests.Support;
using static Atalaya.Storage.Tests.CorpusConsolidationTests;

namespace Atalaya.Storage.Tests;

/// <summary>
/// How the stored corpus is kept: consolidated documents as links over their analysis, the
/// workbench's indexes rebuilt after a consolidation from the first document, and a database of
/// schema version 2 (consolidated documents' JSON, the former state tables) upgraded on first open.
/// </summary>
public sealed class StoredCorpusFormatTests
{
    [Fact]
    public void A_stored_documents_consolidated_json_is_the_batch_builds_document_and_an_unconsolidated_one_is_its_analysis()
    {
        using var temp = new TempFolder();
        var path = temp.File("links.db");
        var documents = Mixed()[..260];
        List<ContractDocument> stored;
        using (var store = SqliteDocumentStore.Open(path))
        {
            stored = Store(store, documents);
            store.Consolidate(chunk: 64);
        }

        var batch = Batch(stored).Documents;
        using (var connection = Sql.Open(path))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Text = null;
                Assert.Equal(JsonSerializer.Serialize(batch[i], ContractJsonContext.Default.ContractDocument), ConsolidatedDocuments.Json(connection, i + 1));
            }

            Assert.Null(ConsolidatedDocuments.Json(connection, batch.Count + 1));
        }

        // A document stored but not consolidated yet (its run was killed before) is its analysis.
        Sql.Execute(path, "DELETE FROM corpus_document_links WHERE seq = 3");
        using (var connection = Sql.Open(path))
        {
            Assert.Equal(Sql.Scalar(path, "SELECT analysis FROM documents WHERE seq = 3"), ConsolidatedDocuments.Json(connection, 3));
        }
    }

    [Fact]
    public void A_consolidation_from_the_first_document_leaves_every_index_of_the_schema_and_a_killed_one_gets_them_back_on_open()
    {
        using var temp = new TempFolder();
        var reference = temp.File("reference.db");
        SqliteDocumentStore.Open(reference).Dispose();
        var indexes = Sql.Column(reference, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        Assert.Subset(indexes.ToHashSet(), SqliteSchema.BulkWriteIndexes.ToHashSet());

        var path = temp.File("consolidated.db");
        int stored;
        using (var store = SqliteDocumentStore.Open(path))
        {
            stored = Store(store, Mixed()[..150]).Count;
            store.Consolidate(chunk: 64);
        }

        Assert.Equal(indexes, Sql.Column(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"));

        // What a run killed in the middle of a consolidation from the first document leaves: its
        // indexes dropped, corpus rows without state or progress.
        Sql.Execute(path, string.Concat(SqliteSchema.BulkWriteIndexes.Select(i => $"DROP INDEX {i};")) + "DELETE FROM corpus_progress;");
        using (SqliteDocumentStore.Open(path))
        {
        }

        Assert.Equal(indexes, Sql.Column(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        Assert.Equal(stored, Sql.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));
    }

    [Fact]
    public void A_version_2_database_gets_its_corpus_consolidated_again_in_the_new_form_on_first_open()
    {
        using var temp = new TempFolder();
        var documents = Mixed();
        var once = temp.File("once.db");
        using (var store = SqliteDocumentStore.Open(once))
        {
            Store(store, documents);
            store.Consolidate();
        }

        var old = temp.File("old.db");
        List<ContractDocument> stored;
        using (var store = SqliteDocumentStore.Open(old))
        {
            stored = Store(store, documents[..400]);
            store.Consolidate();
        }

        MakeVersion2(old);

        using (var store = SqliteDocumentStore.Open(old))
        {
            Assert.Equal(0, store.PendingConsolidation);
            Assert.Equal(stored.Count, Sql.Count(old, "SELECT COUNT(*) FROM corpus_document_links"));
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }

        using (var store = SqliteDocumentStore.Open(old))
        {
            stored.AddRange(Store(store, documents[400..]));
            store.Consolidate(chunk: 64);
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }

        Assert.Equal(SqliteSchema.Version, Sql.Count(old, "SELECT version FROM schema_info"));
        Assert.Equal(0, Sql.Count(old, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('corpus_document_json')"));
        Assert.True(Sql.Count(old, "SELECT COUNT(*) FROM corpus_state_sets") > 400);
        foreach (var query in CorpusQueries)
        {
            Assert.Equal(Rows(once, query), Rows(old, query));
        }
    }

    /// <summary>
    /// What version 2 left: the corpus tables consolidated, each document's JSON in
    /// corpus_document_json, the state in corpus_state and corpus_state_lists only (state version 1).
    /// </summary>
    private static void MakeVersion2(string path)
    {
        Sql.Execute(
            path,
            """
            CREATE TABLE corpus_document_json (seq INTEGER PRIMARY KEY REFERENCES documents(seq), json TEXT NOT NULL);
            INSERT INTO corpus_document_json SELECT seq, analysis FROM documents;
            DROP TABLE corpus_document_links;
            DROP TABLE corpus_state_numbered;
            DROP TABLE corpus_state_sets;
            INSERT INTO corpus_state(kind, key, value) VALUES ('dup.entry', '0', x'0102');
            INSERT INTO corpus_state_lists(kind, key, position, item) VALUES ('dup.bucket', '00ff00ff00ff00ff', 0, 0);
            UPDATE corpus_progress SET value = 1 WHERE name = 'state_version';
            UPDATE schema_info SET version = 2;
            """);
    }
}
