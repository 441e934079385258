using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Relational;
using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;
using static Atalaya.Storage.Tests.CorpusConsolidationTests;

namespace Atalaya.Storage.Tests;

/// <summary>
/// How the stored corpus is kept: consolidated documents as links over their analysis, the
/// workbench's indexes rebuilt after a consolidation from the first document, and a database of
/// schema version 2 (consolidated documents' JSON, the former state tables) upgraded on first open.
/// </summary>
public abstract class StoredCorpusFormatTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void A_stored_documents_consolidated_json_is_the_batch_builds_document_and_an_unconsolidated_one_is_its_analysis()
    {
        var path = Engine.NewDatabase("links");
        var documents = Mixed()[..260];
        List<ContractDocument> stored;
        using (var store = Engine.Open(path))
        {
            stored = Store(store, documents);
            Engine.Consolidate(store, 64);
        }

        var batch = Batch(stored).Documents;
        using (var connection = Engine.Connect(path))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Text = null;
                Assert.Equal(JsonSerializer.Serialize(batch[i], ContractJsonContext.Default.ContractDocument), ConsolidatedDocuments.Json(connection, i + 1));
            }

            Assert.Null(ConsolidatedDocuments.Json(connection, batch.Count + 1));
        }

        // A document stored but not consolidated yet (its run was killed before) is its analysis.
        Engine.Execute(path, "DELETE FROM corpus_document_links WHERE seq = 3");
        using (var connection = Engine.Connect(path))
        {
            Assert.Equal(Engine.Scalar(path, "SELECT analysis FROM documents WHERE seq = 3"), ConsolidatedDocuments.Json(connection, 3));
        }
    }

    [Fact]
    public void A_consolidation_from_the_first_document_leaves_every_index_of_the_schema_and_a_killed_one_gets_them_back_on_open()
    {
        var reference = Engine.NewDatabase("reference");
        Engine.Open(reference).Dispose();
        var indexes = Engine.Indexes(reference);
        Assert.Subset(indexes.ToHashSet(), Engine.BulkWriteIndexes.ToHashSet());

        var path = Engine.NewDatabase("consolidated");
        int stored;
        using (var store = Engine.Open(path))
        {
            stored = Store(store, Mixed()[..150]).Count;
            Engine.Consolidate(store, 64);
        }

        Assert.Equal(indexes, Engine.Indexes(path));

        // What a run killed in the middle of a consolidation from the first document leaves: its
        // indexes dropped, corpus rows without state or progress.
        Engine.Execute(path, string.Concat(Engine.BulkWriteIndexes.Select(i => $"DROP INDEX {i};")) + "DELETE FROM corpus_progress;");
        using (Engine.Open(path))
        {
        }

        Assert.Equal(indexes, Engine.Indexes(path));
        Assert.Equal(stored, Engine.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));
    }
}

public sealed class StoredCorpusFormatTestsOnSqlite() : StoredCorpusFormatTests(new SqliteEngine())
{
    [Fact]
    public void A_version_2_database_gets_its_corpus_consolidated_again_in_the_new_form_on_first_open()
    {
        var documents = Mixed();
        var once = Engine.NewDatabase("once");
        using (var store = Engine.Open(once))
        {
            Store(store, documents);
            store.Consolidate();
        }

        var old = Engine.NewDatabase("old");
        List<ContractDocument> stored;
        using (var store = Engine.Open(old))
        {
            stored = Store(store, documents[..400]);
            store.Consolidate();
        }

        MakeVersion2(old);

        using (var store = Engine.Open(old))
        {
            Assert.Equal(0, Engine.PendingConsolidation(store));
            Assert.Equal(stored.Count, Engine.Count(old, "SELECT COUNT(*) FROM corpus_document_links"));
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }

        using (var store = Engine.Open(old))
        {
            stored.AddRange(Store(store, documents[400..]));
            Engine.Consolidate(store, 64);
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }

        Assert.Equal(Sqlite.SqliteSchema.Version, Engine.Count(old, "SELECT version FROM schema_info"));
        Assert.Equal(0, Engine.Count(old, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('corpus_document_json')"));
        Assert.True(Engine.Count(old, "SELECT COUNT(*) FROM corpus_state_sets") > 400);
        foreach (var query in CorpusQueries)
        {
            Assert.Equal(Engine.Rows(once, query), Engine.Rows(old, query));
        }
    }

    /// <summary>
    /// What version 2 left: the corpus tables consolidated, each document's JSON in
    /// corpus_document_json, the state in corpus_state and corpus_state_lists only (state version 1).
    /// </summary>
    private void MakeVersion2(string path)
    {
        Engine.Execute(
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

[Collection(UsesPostgresServer.Name)]
public sealed class StoredCorpusFormatTestsOnPostgres(PostgresServer server) : StoredCorpusFormatTests(new PostgresEngine(server));
