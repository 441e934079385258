using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

/// <summary>A run that ends without Complete() (a crash, an exception, Ctrl+C) keeps its committed batches only.</summary>
public sealed class CrashSafetyTests
{
    private const int Earlier = 25;

    [Fact]
    public void A_run_disposed_without_Complete_keeps_its_committed_batches_and_loses_only_the_open_one()
    {
        using var temp = new TempFolder();
        var path = temp.File("crash.db");
        var attempted = (2 * SqliteIngestRun.CommitEvery) + 123;
        using (var store = SqliteDocumentStore.Open(path))
        {
            StoreEarlierRun(store);
            using var run = store.BeginRun("interrupted");
            for (var i = 0; i < attempted; i++)
            {
                Assert.True(run.Add(Documents.Numbered(i, "crash")));
            }

            // No Complete(): the run ends the way an exception unwinding through 'using' ends it.
        }

        Assert.Equal("ok", Sql.Scalar(path, "PRAGMA integrity_check"));
        Assert.Equal(Earlier, Sql.Count(path, "SELECT COUNT(*) FROM documents WHERE run_id = 1"));
        Assert.Equal(2 * SqliteIngestRun.CommitEvery, Sql.Count(path, "SELECT COUNT(*) FROM documents WHERE run_id = 2"));
        Assert.Equal(["completed", "running"], Sql.Column(path, "SELECT status FROM runs ORDER BY id"));
        Assert.Equal(1, Sql.Count(path, "SELECT COUNT(*) FROM runs WHERE id = 2 AND finished IS NULL"));

        using var reopened = SqliteDocumentStore.Open(path);
        var ids = reopened.Documents().Select(d => d.Id).ToList();
        Assert.Equal(Earlier + (2 * SqliteIngestRun.CommitEvery), ids.Count);
        Assert.Equal(Enumerable.Range(0, 2 * SqliteIngestRun.CommitEvery).Select(i => $"crash-{i:D5}"), ids.Skip(Earlier));
    }

    [Fact]
    public void A_run_disposed_without_Complete_before_its_first_batch_stores_nothing_and_stays_running()
    {
        using var temp = new TempFolder();
        var path = temp.File("crash.db");
        using (var store = SqliteDocumentStore.Open(path))
        {
            StoreEarlierRun(store);
            using var run = store.BeginRun("interrupted early");
            for (var i = 0; i < SqliteIngestRun.CommitEvery - 2; i++)
            {
                run.Add(Documents.Numbered(i, "crash"));
            }

            run.AddFailure("/corpus/roto.txt", "binary content");
        }

        Assert.Equal("ok", Sql.Scalar(path, "PRAGMA integrity_check"));
        Assert.Equal(Earlier, Sql.Count(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0, Sql.Count(path, "SELECT COUNT(*) FROM failed_sources"));
        Assert.Equal(["completed", "running"], Sql.Column(path, "SELECT status FROM runs ORDER BY id"));
    }

    [Fact]
    public void After_an_interrupted_run_the_next_run_stores_the_rest_exactly_once()
    {
        using var temp = new TempFolder();
        var path = temp.File("crash.db");
        var total = SqliteIngestRun.CommitEvery + 200;
        using (var store = SqliteDocumentStore.Open(path))
        using (var run = store.BeginRun("interrupted"))
        {
            for (var i = 0; i < total; i++)
            {
                run.Add(Documents.Numbered(i, "again"));
            }
        }

        int added = 0, known = 0;
        using (var store = SqliteDocumentStore.Open(path))
        using (var run = store.BeginRun("resumed"))
        {
            for (var i = 0; i < total; i++)
            {
                if (run.Add(Documents.Numbered(i, "again")))
                {
                    added++;
                }
                else
                {
                    known++;
                }
            }

            run.Complete();
        }

        Assert.Equal((200, SqliteIngestRun.CommitEvery), (added, known));
        Assert.Equal(total, Sql.Count(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(total, Sql.Count(path, "SELECT COUNT(DISTINCT id) FROM documents"));
        Assert.Equal(["running", "completed"], Sql.Column(path, "SELECT status FROM runs ORDER BY id"));
        Assert.Equal("ok", Sql.Scalar(path, "PRAGMA integrity_check"));
    }

    private static void StoreEarlierRun(SqliteDocumentStore store)
    {
        using var run = store.BeginRun("earlier");
        for (var i = 0; i < Earlier; i++)
        {
            run.Add(Documents.Numbered(i, "earlier"));
        }

        run.Complete();
    }
}
