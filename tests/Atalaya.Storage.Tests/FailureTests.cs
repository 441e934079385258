using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public abstract class FailureTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void Failures_are_recorded_with_the_run_that_met_them()
    {
        var path = Engine.NewDatabase("failures");
        using var store = Engine.Open(path);
        using (var run = store.BeginRun("first"))
        {
            run.AddFailure("/corpus/foto.txt", "binary content (NUL or control bytes), not text");
            run.Complete();
        }

        using (var run = store.BeginRun("second"))
        {
            run.Add(Documents.Numbered(1));
            run.AddFailure("/corpus/feed.jsonl:2", "invalid JSON");
            run.AddFailure("/corpus/vacio.txt", "empty file");
            run.Complete();
        }

        var failures = store.FailedSources().ToList();
        Assert.Equal(
            [(1L, "/corpus/foto.txt", "binary content (NUL or control bytes), not text"), (2L, "/corpus/feed.jsonl:2", "invalid JSON"), (2L, "/corpus/vacio.txt", "empty file")],
            failures.Select(f => (f.Run, f.Source, f.Reason)));
        Assert.All(failures, f => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", f.At));
        Assert.Equal(["1", "2"], Engine.Column(path, "SELECT failures FROM runs ORDER BY id"));
    }

    [Fact]
    public void A_completed_run_records_its_counts_and_status()
    {
        var path = Engine.NewDatabase("runs");
        using (var store = Engine.Open(path))
        using (var run = store.BeginRun("ingest /corpus"))
        {
            run.Add(Documents.Numbered(1));
            run.Add(Documents.Numbered(2));
            run.Add(Documents.Numbered(2));
            run.AddFailure("/corpus/x.txt", "empty file");
            run.Complete();
        }

        Assert.Equal("ingest /corpus", Engine.Scalar(path, "SELECT description FROM runs"));
        Assert.Equal("completed", Engine.Scalar(path, "SELECT status FROM runs"));
        Assert.Equal(1, Engine.Count(path, "SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL AND finished >= started"));
        Assert.Equal(["2", "1", "1"], Engine.Column(path, "SELECT documents_added FROM runs UNION ALL SELECT documents_known FROM runs UNION ALL SELECT failures FROM runs"));
    }
}

public sealed class FailureTestsOnSqlite() : FailureTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class FailureTestsOnPostgres(PostgresServer server) : FailureTests(new PostgresEngine(server));
