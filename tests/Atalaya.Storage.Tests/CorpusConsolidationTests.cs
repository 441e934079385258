using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Synthetic;
using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

/// <summary>
/// Incremental consolidation into the corpus tables: documents added over several runs (and many
/// transactions) give the corpus one batch build over the same documents gives, table by table.
/// </summary>
public abstract class CorpusConsolidationTests(StoreEngine engine) : StoreTests(engine)
{
    internal static readonly string[] CorpusQueries =
    [
        "SELECT * FROM corpus_documents ORDER BY seq",
        "SELECT * FROM corpus_document_links ORDER BY seq",
        "SELECT * FROM corpus_entities ORDER BY seq",
        "SELECT * FROM corpus_entity_documents ORDER BY entity_id, document_id",
        "SELECT * FROM corpus_events ORDER BY seq",
        "SELECT * FROM corpus_event_documents ORDER BY event_id, document_id",
        "SELECT * FROM corpus_event_actors ORDER BY event_id, entity_id, role",
        "SELECT * FROM corpus_stories ORDER BY seq",
        "SELECT * FROM corpus_claims ORDER BY seq",
        "SELECT * FROM corpus_conflicts ORDER BY seq",
    ];

    [Fact]
    public void Three_runs_in_small_transactions_give_the_corpus_of_one_batch_build_and_the_tables_of_one_run()
    {
        var documents = Mixed();
        var incremental = Engine.NewDatabase("incremental");
        var stored = new List<ContractDocument>();
        foreach (var part in new[] { documents[..350], documents[350..720], documents[720..] })
        {
            using var store = Engine.Open(incremental);
            stored.AddRange(Store(store, part));
            Engine.Consolidate(store, 64);
        }

        var once = Engine.NewDatabase("once");
        using (var store = Engine.Open(once))
        {
            Store(store, documents);
            store.Consolidate();
        }

        using (var store = Engine.Open(incremental))
        {
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }

        foreach (var query in CorpusQueries)
        {
            Assert.Equal(Engine.Rows(once, query), Engine.Rows(incremental, query));
        }

        Assert.True(Engine.Count(incremental, "SELECT COUNT(*) FROM corpus_documents WHERE duplicate_of IS NOT NULL") > 20);
        Assert.True(Engine.Count(incremental, "SELECT COUNT(*) FROM corpus_stories WHERE languages LIKE '%,%'") > 5);
        Assert.True(Engine.Count(incremental, "SELECT COUNT(*) FROM (SELECT event_id FROM corpus_event_documents GROUP BY event_id HAVING COUNT(*) > 1) AS shared_events") > 5);
        Assert.Equal(["conflict", "update"], Engine.Column(incremental, "SELECT kind FROM corpus_conflicts ORDER BY kind"));
    }

    [Fact]
    public void Stories_united_by_a_later_run_are_one_story_in_every_table_as_in_a_batch_build()
    {
        var bridged = CorpusDocuments.Bridged();
        var documents = Mixed()[..120].Concat(bridged[..2]).Concat(Mixed()[120..200]).Append(bridged[2]).ToList();
        var incremental = Engine.NewDatabase("incremental");
        var stored = new List<ContractDocument>();
        var parts = new[] { documents[..122], documents[122..] };
        foreach (var part in parts)
        {
            using (var store = Engine.Open(incremental))
            {
                stored.AddRange(Store(store, part));
                Engine.Consolidate(store, 32);
            }

            if (part == parts[0])
            {
                // Before the French report, the two share a group only: two stories.
                Assert.Equal(2, Engine.Column(incremental, "SELECT DISTINCT story_id FROM corpus_documents WHERE document_id IN ('puente-es', 'bro-sv')").Count);
            }
        }

        var once = Engine.NewDatabase("once");
        using (var store = Engine.Open(once))
        {
            Store(store, documents);
            store.Consolidate();
        }

        using (var store = Engine.Open(incremental))
        {
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }

        foreach (var query in CorpusQueries)
        {
            Assert.Equal(Engine.Rows(once, query), Engine.Rows(incremental, query));
        }

        var story = Assert.Single(Engine.Column(incremental, "SELECT DISTINCT story_id FROM corpus_documents WHERE document_id IN ('puente-es', 'bro-sv', 'pont-fr')"));
        Assert.Equal(["3"], Engine.Column(incremental, $"SELECT documents FROM corpus_stories WHERE id = '{story}'"));
        Assert.Equal(0, Engine.Count(incremental, "SELECT COUNT(*) FROM corpus_stories s WHERE NOT EXISTS (SELECT 1 FROM corpus_documents d WHERE d.story_id = s.id)"));
        Assert.Equal(0, Engine.Count(incremental, "SELECT COUNT(*) FROM corpus_document_links l JOIN corpus_documents d ON d.seq = l.seq WHERE l.story_id IS DISTINCT FROM d.story_id"));
    }

    [Fact]
    public void Documents_committed_before_a_crash_and_never_consolidated_are_caught_up_on_the_next_open()
    {
        var path = Engine.NewDatabase("crashed");
        var documents = Mixed()[..200];
        List<ContractDocument> stored;
        using (var store = Engine.Open(path))
        {
            stored = Store(store, documents);
        }

        // The process died after committing its documents, before consolidating them.
        Assert.Equal(0, Engine.Count(path, "SELECT COUNT(*) FROM corpus_documents"));

        using (var store = Engine.Open(path))
        {
            Assert.Equal(0, Engine.PendingConsolidation(store));
            Assert.Equal(stored.Count, Engine.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }
    }

    [Fact]
    public void Damaged_consolidation_state_is_rebuilt_from_the_documents_and_gives_the_batch_corpus()
    {
        var path = Engine.NewDatabase("damaged");
        var documents = Mixed();
        var stored = new List<ContractDocument>();
        using (var store = Engine.Open(path))
        {
            stored.AddRange(Store(store, documents[..300]));
            store.Consolidate();
        }

        Engine.Execute(path, $"UPDATE corpus_state_numbered SET value = {Engine.Bytes("00")} WHERE (id >> 40) IN (1, 2, 4)");

        using (var store = Engine.Open(path))
        {
            stored.AddRange(Store(store, documents[300..]));
            store.Consolidate();
            Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        }
    }

    [Fact]
    public void A_claim_added_later_turns_a_single_figure_into_an_update_and_a_conflict()
    {
        var path = Engine.NewDatabase("claims");
        using (var store = Engine.Open(path))
        {
            Store(store, CorpusDocuments.Claims("antes", ("reward_usd", 1_000_000, "2020"), ("founded_year", 2007, null)));
            store.Consolidate();
        }

        Assert.Equal(0, Engine.Count(path, "SELECT COUNT(*) FROM corpus_conflicts"));

        using (var store = Engine.Open(path))
        {
            Store(store, CorpusDocuments.Claims("despues", ("reward_usd", 5_000_000, "2023"), ("founded_year", 2009, null)));
            store.Consolidate();
            var corpus = store.Corpus(includeText: false);
            Assert.Equal(["founded_year conflict 1,3", "reward_usd update 0,2"], corpus.Conflicts.Select(c => $"{c.Attribute} {c.Kind} {string.Join(',', c.Claims)}").Order(StringComparer.Ordinal));
        }

        Assert.Equal(["1\treward_usd\tupdate", "2\tfounded_year\tconflict"], Engine.Rows(path, "SELECT seq, attribute, kind FROM corpus_conflicts ORDER BY seq"));
    }

    [Fact]
    public void Events_with_and_without_a_count_in_any_order_are_stored_as_a_batch_build_gives_them()
    {
        // Counts missing, then given, then missing again, in the same statements (a server prepares
        // repeated statements once, for the types it saw first).
        var seeds = CorpusDocuments.Seeds();
        (seeds[0], seeds[1]) = (seeds[1], seeds[0]);
        var documents = new SyntheticCorpus(seeds).Generate(120, seed: 5).ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var reported in documents[i].DocumentEvents)
            {
                reported.Fatalities = (i / 3) % 2 == 0 ? null : i + 1;
            }
        }

        var path = Engine.NewDatabase("counts");
        var stored = new List<ContractDocument>();
        using var store = Engine.Open(path);
        foreach (var part in documents.Chunk(20))
        {
            stored.AddRange(Store(store, part));
            Engine.Consolidate(store, 3);
        }

        Assert.Equal(Json(Batch(stored)), Json(store.Corpus(includeText: true)));
        Assert.True(Engine.Count(path, "SELECT COUNT(*) FROM corpus_events WHERE fatalities IS NULL") > 0);
        Assert.True(Engine.Count(path, "SELECT COUNT(*) FROM corpus_events WHERE fatalities IS NOT NULL") > 0);
    }

    /// <summary>Synthetic reports from the seeds (copies, translations, distinct stories) with claim documents among them.</summary>
    internal static List<ContractDocument> Mixed()
    {
        var documents = new SyntheticCorpus(CorpusDocuments.Seeds()).Generate(900).ToList();
        documents.InsertRange(100, CorpusDocuments.Claims("primero", ("reward_usd", 1_000_000, "2020"), ("founded_year", 2007, null)));
        documents.InsertRange(800, CorpusDocuments.Claims("luego", ("reward_usd", 5_000_000, "2023"), ("founded_year", 2009, null)));
        return documents;
    }

    /// <summary>Stores the documents in one run; returns those stored (exact copies of stored text are not).</summary>
    internal static List<ContractDocument> Store(IDocumentStore store, IEnumerable<ContractDocument> documents)
    {
        var stored = new List<ContractDocument>();
        using var run = store.BeginRun("test");
        foreach (var document in documents)
        {
            if (run.Add(document))
            {
                stored.Add(document);
            }
        }

        run.Complete();
        return stored;
    }

    /// <summary>One batch build over copies of the documents (the builder changes what it is given).</summary>
    internal static ContractCorpus Batch(IEnumerable<ContractDocument> documents)
    {
        var builder = new CorpusBuilder(includeText: true);
        foreach (var document in documents)
        {
            builder.Add(JsonSerializer.Deserialize(JsonSerializer.Serialize(document, ContractJsonContext.Default.ContractDocument), ContractJsonContext.Default.ContractDocument)!);
        }

        return builder.Build();
    }

    internal static string Json(ContractCorpus corpus) => JsonSerializer.Serialize(corpus, ContractJsonContext.Default.ContractCorpus);
}

public sealed class CorpusConsolidationTestsOnSqlite() : CorpusConsolidationTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class CorpusConsolidationTestsOnPostgres(PostgresServer server) : CorpusConsolidationTests(new PostgresEngine(server));
