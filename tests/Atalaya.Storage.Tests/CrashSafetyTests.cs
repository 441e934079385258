using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

/// <summary>A run that ends without Complete() (a crash, an exception, Ctrl+C) keeps its committed batches only.</summary>
public abstract class CrashSafetyTests(StoreEngine engine) : StoreTests(engine)
{
    private const int Earlier = 25;

    [Fact]
    public void A_run_disposed_without_Complete_keeps_its_committed_batches_and_loses_only_the_open_one()
    {
        var path = Engine.NewDatabase("crash");
        var attempted = (2 * Engine.CommitEvery) + 123;
        using (var store = Engine.Open(path))
        {
            StoreEarlierRun(store);
            using var run = store.BeginRun("interrupted");
            for (var i = 0; i < attempted; i++)
            {
                Assert.True(run.Add(Documents.Numbered(i, "crash")));
            }

            // No Complete(): the run ends the way an exception unwinding through 'using' ends it.
        }

        Engine.AssertIntact(path);
        Assert.Equal(Earlier, Engine.Count(path, "SELECT COUNT(*) FROM documents WHERE run_id = 1"));
        Assert.Equal(2 * Engine.CommitEvery, Engine.Count(path, "SELECT COUNT(*) FROM documents WHERE run_id = 2"));
        Assert.Equal(["completed", "running"], Engine.Column(path, "SELECT status FROM runs ORDER BY id"));
        Assert.Equal(1, Engine.Count(path, "SELECT COUNT(*) FROM runs WHERE id = 2 AND finished IS NULL"));

        using var reopened = Engine.Open(path);
        var ids = reopened.Documents().Select(d => d.Id).ToList();
        Assert.Equal(Earlier + (2 * Engine.CommitEvery), ids.Count);
        Assert.Equal(Enumerable.Range(0, 2 * Engine.CommitEvery).Select(i => $"crash-{i:D5}"), ids.Skip(Earlier));
    }

    [Fact]
    public void A_run_disposed_without_Complete_before_its_first_batch_stores_nothing_and_stays_running()
    {
        var path = Engine.NewDatabase("crash");
        using (var store = Engine.Open(path))
        {
            StoreEarlierRun(store);
            using var run = store.BeginRun("interrupted early");
            for (var i = 0; i < Engine.CommitEvery - 2; i++)
            {
                run.Add(Documents.Numbered(i, "crash"));
            }

            run.AddFailure("/corpus/roto.txt", "binary content");
        }

        Engine.AssertIntact(path);
        Assert.Equal(Earlier, Engine.Count(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(0, Engine.Count(path, "SELECT COUNT(*) FROM failed_sources"));
        Assert.Equal(["completed", "running"], Engine.Column(path, "SELECT status FROM runs ORDER BY id"));
    }

    [Fact]
    public void After_an_interrupted_run_the_next_run_stores_the_rest_exactly_once()
    {
        var path = Engine.NewDatabase("crash");
        var total = Engine.CommitEvery + 200;
        using (var store = Engine.Open(path))
        using (var run = store.BeginRun("interrupted"))
        {
            for (var i = 0; i < total; i++)
            {
                run.Add(Documents.Numbered(i, "again"));
            }
        }

        int added = 0, known = 0;
        using (var store = Engine.Open(path))
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

        Assert.Equal((200, Engine.CommitEvery), (added, known));
        Assert.Equal(total, Engine.Count(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(total, Engine.Count(path, "SELECT COUNT(DISTINCT id) FROM documents"));
        Assert.Equal(["running", "completed"], Engine.Column(path, "SELECT status FROM runs ORDER BY id"));
        Engine.AssertIntact(path);
    }

    private static void StoreEarlierRun(IDocumentStore store)
    {
        using var run = store.BeginRun("earlier");
        for (var i = 0; i < Earlier; i++)
        {
            run.Add(Documents.Numbered(i, "earlier"));
        }

        run.Complete();
    }
}

public sealed class CrashSafetyTestsOnSqlite() : CrashSafetyTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class CrashSafetyTestsOnPostgres(PostgresServer server) : CrashSafetyTests(new PostgresEngine(server));
