using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public abstract class SummaryTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void Summary_counts_documents_failures_runs_and_languages()
    {
        using var store = Engine.Open(Engine.NewDatabase("summary"));
        using (var run = store.BeginRun("mixed"))
        {
            run.Add(Documents.Numbered(1, "es", "es"));
            run.Add(Documents.Numbered(2, "es", "es"));
            run.Add(Documents.Numbered(3, "pt", "pt"));
            run.Add(Documents.Numbered(4, "nb", "nb"));
            run.Add(Documents.Numbered(5, "und", "und"));
            run.AddFailure("/corpus/bad.jsonl:3", "invalid JSON");
            run.Complete();
        }

        using (var run = store.BeginRun("again"))
        {
            run.Add(Documents.Numbered(1, "es", "es"));
            run.Add(Documents.Numbered(6, "de", "de"));
            run.Complete();
        }

        var summary = store.Summary();

        Assert.Equal(6, summary.Documents);
        Assert.Equal(1, summary.FailedSources);
        Assert.Equal(2, summary.Runs);
        Assert.Equal(
            new Dictionary<string, int> { ["de"] = 1, ["es"] = 2, ["nb"] = 1, ["pt"] = 1, ["und"] = 1 },
            summary.Languages);
    }

    [Fact]
    public void Summary_of_an_empty_store_is_all_zero()
    {
        using var store = Engine.Open(Engine.NewDatabase("empty"));

        var summary = store.Summary();

        Assert.Equal((0, 0, 0), (summary.Documents, summary.FailedSources, summary.Runs));
        Assert.Empty(summary.Languages);
    }
}

public sealed class SummaryTestsOnSqlite() : SummaryTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class SummaryTestsOnPostgres(PostgresServer server) : SummaryTests(new PostgresEngine(server));
