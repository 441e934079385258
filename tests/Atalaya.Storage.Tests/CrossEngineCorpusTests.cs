using Atalaya.Core.Contract;
using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;
using static Atalaya.Storage.Tests.CorpusConsolidationTests;

namespace Atalaya.Storage.Tests;

/// <summary>The same documents give the same stored corpus, byte for byte as contract JSON, on every engine.</summary>
[Collection(UsesPostgresServer.Name)]
public sealed class CrossEngineCorpusTests(PostgresServer server) : IDisposable
{
    private readonly StoreEngine[] engines = [new SqliteEngine(), new PostgresEngine(server)];

    [Fact]
    public void The_same_documents_over_the_same_runs_give_identical_corpus_json_on_SQLite_and_PostgreSQL()
    {
        var documents = Mixed().Concat(CorpusDocuments.Bridged()).Concat(CorpusDocuments.PartlyNamed()).ToList();
        var corpora = engines.Select(engine =>
        {
            var path = engine.NewDatabase("same");
            foreach (var part in new[] { documents[..300], documents[300..640], documents[640..] })
            {
                using var store = engine.Open(path);
                Store(store, part.Select(Documents.Copy));
                engine.Consolidate(store, 100);
            }

            using var reader = engine.Open(path);
            return (Text: Json(reader.Corpus(includeText: true)), Summary: Json(reader.Corpus(includeText: false)));
        }).ToList();

        Assert.True(corpora[0].Text.Length > 100_000);
        Assert.Equal(corpora[0].Text, corpora[1].Text);
        Assert.Equal(corpora[0].Summary, corpora[1].Summary);
    }

    public void Dispose()
    {
        foreach (var engine in engines)
        {
            engine.Dispose();
        }
    }
}
