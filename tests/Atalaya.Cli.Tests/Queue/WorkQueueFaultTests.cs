using System.Diagnostics;

namespace Atalaya.Cli.Tests.Queue;

/// <summary>
/// Faults survived by the work queue, each with a real PostgreSQL server and real worker processes,
/// each ending with the invariants: every submitted document analyzed and stored exactly once, no
/// result row twice, nothing lost, dead only for the poison document. Leases are short (seconds);
/// every wait is on a condition, with generous limits.
/// </summary>
[Collection(UsesPostgresServer.Name)]
public sealed class WorkQueueFaultTests(PostgresServer server) : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);
    private readonly TempFolder temp = new();

    [Fact]
    public async Task A_worker_killed_in_the_middle_of_a_batch_loses_nothing_another_finishes_it()
    {
        var database = QueueDatabase.Create(server);
        const int Count = 30;
        await Submit(database, QueueArticles.Write(temp, Count));

        // Slowed so that it surely holds a batch when it is killed.
        using var doomed = new WorkerProcess(
            ["worker", "--db", database.Uri, "--threads", "1", "--batch", "10", "--lease", "3s"],
            new Dictionary<string, string> { ["ATALAYA_SLOW_DOCUMENT"] = "300" });
        await Eventually.True(() => database.Count("SELECT COUNT(*) FROM work_queue WHERE state = 'running'") > 0, Generous, "a batch claimed");
        doomed.KillHard();
        await doomed.Finish(Generous);
        var leased = database.Count("SELECT COUNT(*) FROM work_queue WHERE state = 'running'");

        using var survivor = WorkQueueTests.Worker(database, "--batch", "10", "--lease", "3s");
        var finished = await survivor.Finish(Generous);

        Assert.True(finished.ExitCode == 0, finished.ToString());
        Assert.True(leased > 0, "the killed worker held a batch");
        database.AssertInvariants(Count);
        Assert.Equal(leased, database.Count("SELECT COUNT(*) FROM work_queue WHERE attempts = 2"));
    }

    [Fact]
    public async Task A_worker_stopped_past_its_lease_is_fenced_when_it_comes_back()
    {
        var database = QueueDatabase.Create(server);
        const int Count = 20;
        await Submit(database, QueueArticles.Write(temp, Count));

        using var sleeper = new WorkerProcess(
            ["worker", "--db", database.Uri, "--until-idle", "--threads", "1", "--batch", "5", "--lease", "2s"],
            new Dictionary<string, string> { ["ATALAYA_SLOW_DOCUMENT"] = "400" });
        await Eventually.True(() => database.Count("SELECT COUNT(*) FROM work_queue WHERE state = 'running'") > 0, Generous, "a batch claimed");
        sleeper.Signal("STOP");
        var held = database.Strings("SELECT content_hash FROM work_queue WHERE state = 'running' ORDER BY id");

        // Another worker waits out the lease, takes the batch over and finishes everything.
        using var other = WorkQueueTests.Worker(database, "--batch", "5", "--lease", "2s");
        var finished = await other.Finish(Generous);
        sleeper.Signal("CONT");
        var late = await sleeper.Finish(Generous);

        Assert.True(finished.ExitCode == 0, finished.ToString());
        Assert.True(late.ExitCode == 0, late.ToString());
        Assert.NotEmpty(held);
        Assert.Contains("ran out before it was written; nothing written", late.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, database.Count("SELECT COUNT(*) FROM work_queue_workers WHERE fenced = 1"));
        database.AssertInvariants(Count);
    }

    [Fact]
    public async Task Workers_reconnect_after_the_server_restarts_and_finish()
    {
        // Its own server: restarting the shared one would cut the other tests off.
        using var own = new PostgresServer();
        var database = QueueDatabase.Create(own);
        const int Count = 40;
        await Submit(database, QueueArticles.Write(temp, Count));
        var slow = new Dictionary<string, string> { ["ATALAYA_SLOW_DOCUMENT"] = "100" };
        string[] worker = ["worker", "--db", database.Uri, "--until-idle", "--threads", "1", "--batch", "4", "--lease", "5s"];
        using var first = new WorkerProcess(worker, slow);
        using var second = new WorkerProcess(worker, slow);
        await Eventually.True(() => database.Count("SELECT COUNT(*) FROM work_queue WHERE state = 'done'") >= 8, Generous, "some batches done");

        own.RestartImmediately();
        var one = await first.Finish(Generous);
        var two = await second.Finish(Generous);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Contains("connecting again", one.StdErr + two.StdErr, StringComparison.Ordinal);
        database.AssertInvariants(Count);
    }

    [Fact]
    public async Task A_poison_document_goes_to_dead_with_its_error_after_its_attempts_and_nothing_else_does()
    {
        var database = QueueDatabase.Create(server);
        const int Count = 16;
        var folder = QueueArticles.Write(temp, Count);
        var poison = QueueArticles.WritePoison(folder);
        await Submit(database, folder);

        using var worker = new WorkerProcess(
            ["worker", "--db", database.Uri, "--until-idle", "--threads", "1", "--batch", "5", "--attempts", "3"],
            new Dictionary<string, string> { ["ATALAYA_FAIL_DOCUMENT"] = QueueArticles.PoisonMarker });
        var finished = await worker.Finish(Generous);
        var status = await AtalayaCli.RunAsync(["status", "--db", database.Uri], timeout: Generous);

        Assert.True(finished.ExitCode == 0, finished.ToString());
        database.AssertInvariants(Count + 1, poison);
        Assert.Equal(3, database.Count("SELECT attempts FROM work_queue WHERE state = 'dead'"));
        Assert.Contains("fault injected by ATALAYA_FAIL_DOCUMENT", (string)database.Scalar("SELECT error FROM work_queue WHERE state = 'dead'")!, StringComparison.Ordinal);
        Assert.Contains("attempt 3 of 3 failed (dead)", finished.StdErr, StringComparison.Ordinal);
        Assert.Contains($"queue          0 queued, 0 running, {Count} done, 1 dead", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("dead: ", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("9999-poison.txt", status.StdOut, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static async Task Submit(QueueDatabase database, string folder)
    {
        var submit = await AtalayaCli.RunAsync(["submit", folder, "--db", database.Uri], timeout: Generous);
        Assert.True(submit.ExitCode == 0, submit.ToString());
    }
}
