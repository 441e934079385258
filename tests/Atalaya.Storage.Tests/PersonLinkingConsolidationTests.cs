using Atalaya.Core.Contract;
using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;
using static Atalaya.Storage.Tests.CorpusConsolidationTests;

namespace Atalaya.Storage.Tests;

/// <summary>People named partly in one run and in full in a later one are joined as one batch build joins them.</summary>
public abstract class PersonLinkingConsolidationTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void Partial_names_and_lone_surnames_added_over_several_runs_give_the_corpus_of_one_batch_build()
    {
        var documents = CorpusDocuments.PartlyNamed();
        var incremental = Engine.NewDatabase("incremental");
        var stored = new List<ContractDocument>();
        foreach (var part in new[] { documents[..1], documents[1..3], documents[3..] })
        {
            using var store = Engine.Open(incremental);
            stored.AddRange(Store(store, part));
            Engine.Consolidate(store, 1);
        }

        var batch = Batch(stored);
        using (var store = Engine.Open(incremental))
        {
            Assert.Equal(Json(batch), Json(store.Corpus(includeText: true)));
        }

        string PersonOf(string document) => batch.Documents.Single(d => d.Id == document).Entities.Single(e => e.Type == "PER").Entity;
        Assert.Equal(PersonOf("fiscal-es"), PersonOf("fiscal-en"));
        Assert.Equal(PersonOf("fiscal-es"), PersonOf("fiscal-pt"));
        Assert.NotEqual(PersonOf("fiscal-en"), PersonOf("otro-it"));
    }
}

public sealed class PersonLinkingConsolidationTestsOnSqlite() : PersonLinkingConsolidationTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class PersonLinkingConsolidationTestsOnPostgres(PostgresServer server) : PersonLinkingConsolidationTests(new PostgresEngine(server));
