using System.Text.Json.Nodes;

namespace Atalaya.Cli.Tests.Queue;

/// <summary>
/// submit, worker and status as real processes on a real PostgreSQL server: documents queued once,
/// analyzed by several workers at once, stored once each, and consolidated into what one process
/// would have built from the same documents in the same order.
/// </summary>
[Collection(UsesPostgresServer.Name)]
public sealed class WorkQueueTests(PostgresServer server) : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Submit_queues_each_content_once_and_analyzes_nothing()
    {
        var database = QueueDatabase.Create(server);
        var articles = QueueArticles.Write(temp, 12);
        File.Copy(Path.Combine(articles, "0000-es.txt"), Path.Combine(articles, "0000-es-copy.txt"));

        var first = await Run(["submit", articles, "--db", database.Uri]);
        var again = await Run(["submit", articles, "--db", database.Uri]);
        var status = await Run(["status", "--db", database.Uri]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("13 documents read, 12 queued, 1 already stored or queued, 0 inputs failed", first.StdErr, StringComparison.Ordinal);
        Assert.Contains("13 documents read, 0 queued, 13 already stored or queued", again.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, database.Count("SELECT COUNT(*) FROM documents"));
        Assert.Contains("queue          12 queued, 0 running, 0 done, 0 dead", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("workers seen   0", status.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, first.StdErr + status.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_workers_store_every_document_once_and_consolidate_as_one_process_would()
    {
        var database = QueueDatabase.Create(server);
        const int Count = 40;
        var submit = await Run(["submit", QueueArticles.Write(temp, Count), "--db", database.Uri]);
        Assert.True(submit.ExitCode == 0, submit.ToString());

        using var first = Worker(database, "--batch", "3");
        using var second = Worker(database, "--batch", "3");
        var one = await first.Finish(Generous);
        var two = await second.Finish(Generous);
        var status = await Run(["status", "--db", database.Uri]);
        var export = await Run(["export", "--format", "json", "--db", database.Uri]);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        database.AssertInvariants(Count);
        // Both ran at once; which of them claimed how many batches depends on the machine (a fast one may
        // finish the queue before the other has started), but together they did every document once.
        Assert.Equal(2, database.Count("SELECT COUNT(*) FROM work_queue_workers"));
        Assert.Equal(Count, database.Count("SELECT COALESCE(SUM(done), 0) FROM work_queue_workers"));
        Assert.Contains($"queue          0 queued, 0 running, {Count} done, 0 dead", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("workers seen   2", status.StdOut, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(database.BatchCorpus(), JsonNode.Parse(export.StdOut)), "the consolidated corpus differs from a batch build over the same documents");
        Assert.True(database.Count("SELECT COUNT(*) FROM corpus_stories") > 0, "the articles tell incidents in two languages: stories expected");
    }

    [Fact]
    public async Task Two_consolidators_started_at_once_consolidate_each_document_once()
    {
        var database = QueueDatabase.Create(server);
        const int Count = 30;
        await Run(["submit", QueueArticles.Write(temp, Count), "--db", database.Uri]);
        using (var analyzeOnly = Worker(database, "--batch", "4", "--no-consolidate"))
        {
            var analyzed = await analyzeOnly.Finish(Generous);
            Assert.True(analyzed.ExitCode == 0, analyzed.ToString());
        }

        Assert.Equal(0, database.Count("SELECT COUNT(*) FROM corpus_documents"));

        // Both find nothing to claim and a backlog to consolidate: one waits for the other, then finds it done.
        using var first = Worker(database);
        using var second = Worker(database);
        var one = await first.Finish(Generous);
        var two = await second.Finish(Generous);
        var export = await Run(["export", "--format", "json", "--db", database.Uri]);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        database.AssertInvariants(Count);
        Assert.True(JsonNode.DeepEquals(database.BatchCorpus(), JsonNode.Parse(export.StdOut)), "the consolidated corpus differs from a batch build over the same documents");
    }

    [Fact]
    public async Task Ingest_into_postgresql_goes_through_the_queue_and_leaves_it_done()
    {
        var database = QueueDatabase.Create(server);
        var ingest = await Run(["ingest", QueueArticles.Write(temp, 10), "--db", database.Uri]);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("10 documents read, 10 stored, 0 already stored, 0 inputs failed", ingest.StdErr, StringComparison.Ordinal);
        database.AssertInvariants(10);
        Assert.Equal("completed", database.Scalar("SELECT status FROM runs"));
    }

    public void Dispose() => temp.Dispose();

    internal static WorkerProcess Worker(QueueDatabase database, params string[] options)
        => new(["worker", "--db", database.Uri, "--until-idle", "--threads", "1", .. options]);

    private static Task<CliResult> Run(string[] args) => AtalayaCli.RunAsync(args, timeout: Generous);
}

/// <summary>What submit and worker say when they cannot work: a SQLite file, a bad lease.</summary>
public sealed class WorkQueueUsageTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Submit_to_a_sqlite_file_is_one_line_saying_the_queue_needs_postgresql()
    {
        var file = temp.File("local.db");
        var result = await AtalayaCli.RunAsync(["submit", QueueArticles.Write(temp, 1), "--db", file]);

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("needs a PostgreSQL database", line, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("--lease", "soon")]
    [InlineData("--lease", "0s")]
    [InlineData("--batch", "0")]
    public async Task A_worker_with_a_meaningless_option_is_a_usage_error(string option, string value)
    {
        var result = await AtalayaCli.RunAsync(["worker", "--db", "postgresql://u:p@127.0.0.1:1/none", option, value]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("--lease must be a positive duration", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
