using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

/// <summary>Stage failures are stored with the document they belong to, counted by the summary, and an older database gains their table.</summary>
public abstract class FailedStageTests(StoreEngine engine) : StoreTests(engine)
{
    protected static readonly StageFailureRecord EventsFailed = new("nota-1", "/corpus/nota-1.txt", "events", "ArgumentOutOfRangeException: index", Skipped: false);
    private static readonly StageFailureRecord ClaimsSkipped = new("nota-1", "/corpus/nota-1.txt", "claims", "skipped: 'events' is missing after an earlier failure", Skipped: true);

    [Fact]
    public void Failures_are_stored_with_their_document_and_counted_by_stage()
    {
        var path = Engine.NewDatabase("stages");
        using var store = Engine.Open(path);
        var broken = Documents.Numbered(1);
        using (var run = store.BeginRun("ingest /corpus"))
        {
            Assert.True(run.Add(broken, [EventsFailed, ClaimsSkipped]));
            Assert.True(run.Add(Documents.Numbered(2), []));
            run.Complete();
        }

        var failed = store.FailedStages().ToList();
        Assert.Equal([EventsFailed, ClaimsSkipped], failed.Select(f => f.Failure));
        Assert.All(failed, f => Assert.Equal((1L, broken.ContentHash), (f.Run, f.ContentHash)));
        var summary = store.Summary();
        Assert.Equal(1, summary.DocumentsWithFailedStages);
        Assert.Equal(new Dictionary<string, int> { ["events"] = 1 }, summary.FailedStages);
    }

    [Fact]
    public void Content_already_stored_records_no_failure_a_second_time()
    {
        using var store = Engine.Open(Engine.NewDatabase("again"));
        using (var run = store.BeginRun("first"))
        {
            run.Add(Documents.Numbered(1), [EventsFailed]);
            run.Complete();
        }

        using (var run = store.BeginRun("second"))
        {
            Assert.False(run.Add(Documents.Numbered(1), [EventsFailed]));
            run.Complete();
        }

        Assert.Single(store.FailedStages());
    }

    [Fact]
    public void An_unfinished_run_loses_its_failures_with_its_documents()
    {
        using var store = Engine.Open(Engine.NewDatabase("killed"));
        using (var run = store.BeginRun("killed"))
        {
            run.Add(Documents.Numbered(1), [EventsFailed]);

            // Never completed: the open transaction is rolled back, document and failure together.
        }

        Assert.Empty(store.FailedStages());
        Assert.Equal(0, store.Summary().Documents);
    }
}

public sealed class FailedStageTestsOnSqlite() : FailedStageTests(new SqliteEngine())
{
    [Fact]
    public void A_database_without_the_table_opens_keeps_its_documents_and_gains_it()
    {
        var path = Engine.NewDatabase("older");
        using (var store = Engine.Open(path))
        using (var run = store.BeginRun("older"))
        {
            run.Add(Documents.Numbered(1));
            run.Complete();
        }

        // A file written before stage failures were stored has no such table.
        Engine.Execute(path, "DROP INDEX failed_stages_by_stage; DROP TABLE failed_stages");

        using (var reopened = Engine.Open(path))
        {
            Assert.Equal(1, reopened.Summary().Documents);
            Assert.Equal(0, reopened.Summary().DocumentsWithFailedStages);
            using var run = reopened.BeginRun("newer");
            run.Add(Documents.Numbered(2), [EventsFailed]);
            run.Complete();
        }

        Assert.Equal(1, Engine.Count(path, "SELECT COUNT(*) FROM failed_stages"));
        Assert.Equal(2, Engine.Count(path, "SELECT COUNT(*) FROM documents"));
    }
}

[Collection(UsesPostgresServer.Name)]
public sealed class FailedStageTestsOnPostgres(PostgresServer server) : FailedStageTests(new PostgresEngine(server));
