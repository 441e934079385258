using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

/// <summary>Stage failures are stored with the document they belong to, counted by the summary, and an older database gains their table.</summary>
public sealed class FailedStageTests
{
    private static readonly StageFailureRecord EventsFailed = new("nota-1", "/corpus/nota-1.txt", "events", "ArgumentOutOfRangeException: index", Skipped: false);
    private static readonly StageFailureRecord ClaimsSkipped = new("nota-1", "/corpus/nota-1.txt", "claims", "skipped: 'events' is missing after an earlier failure", Skipped: true);

    [Fact]
    public void Failures_are_stored_with_their_document_and_counted_by_stage()
    {
        using var temp = new TempFolder();
        var path = temp.File("stages.db");
        using var store = SqliteDocumentStore.Open(path);
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
        using var temp = new TempFolder();
        using var store = SqliteDocumentStore.Open(temp.File("again.db"));
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
        using var temp = new TempFolder();
        using var store = SqliteDocumentStore.Open(temp.File("killed.db"));
        using (var run = store.BeginRun("killed"))
        {
            run.Add(Documents.Numbered(1), [EventsFailed]);

            // Never completed: the open transaction is rolled back, document and failure together.
        }

        Assert.Empty(store.FailedStages());
        Assert.Equal(0, store.Summary().Documents);
    }

    [Fact]
    public void A_database_without_the_table_opens_keeps_its_documents_and_gains_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("older.db");
        using (var store = SqliteDocumentStore.Open(path))
        using (var run = store.BeginRun("older"))
        {
            run.Add(Documents.Numbered(1));
            run.Complete();
        }

        // A file written before stage failures were stored has no such table.
        Sql.Execute(path, "DROP INDEX failed_stages_by_stage; DROP TABLE failed_stages");

        using (var reopened = SqliteDocumentStore.Open(path))
        {
            Assert.Equal(1, reopened.Summary().Documents);
            Assert.Equal(0, reopened.Summary().DocumentsWithFailedStages);
            using var run = reopened.BeginRun("newer");
            run.Add(Documents.Numbered(2), [EventsFailed]);
            run.Complete();
        }

        Assert.Equal(1, Sql.Count(path, "SELECT COUNT(*) FROM failed_stages"));
        Assert.Equal(2, Sql.Count(path, "SELECT COUNT(*) FROM documents"));
    }
}
