using System.Diagnostics;
using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Storage.Tests;

/// <summary>
/// The work queue's leases through the store's API, on a real PostgreSQL server: a lease that ran
/// out is taken over and its holder's late write refused; a lease renewed in time stays its
/// holder's; the same content is queued once; a document on its last attempt is claimed alone.
/// </summary>
[Collection(UsesPostgresServer.Name)]
public sealed class QueueLeaseTests(PostgresServer server)
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    [Fact]
    public void A_late_write_after_another_worker_took_the_batch_over_is_refused_and_writes_nothing()
    {
        var uri = server.NewDatabaseUri();
        using var queue = WorkQueueStore.Open(uri);
        Submit(queue, 3);
        queue.RegisterWorker("late");
        queue.RegisterWorker("other");
        var late = queue.Claim("late", 10, Short, maxAttempts: 5)!;
        Assert.Equal(3, late.Jobs.Count);

        var taken = WaitForClaim(queue, "other");
        Assert.Equal(late.Jobs.Select(j => j.Id), taken.Jobs.Select(j => j.Id));
        Assert.All(taken.Jobs, job => Assert.Equal(2, job.Attempts));
        Assert.True(queue.Complete("other", taken, [.. taken.Jobs.Select(Analyzed)], maxAttempts: 5).Accepted);

        var refused = queue.Complete("late", late, [.. late.Jobs.Select(Analyzed)], maxAttempts: 5);

        Assert.False(refused.Accepted);
        var status = queue.Status();
        Assert.Equal(3, status.Done);
        Assert.Equal(1, status.Workers.Single(w => w.Name == "late").Fenced);
        using var store = DocumentStores.Open(uri);
        Assert.Equal(3, store.Documents().Count());
    }

    [Fact]
    public void A_lease_that_ran_out_and_nobody_took_is_refused_too()
    {
        using var queue = WorkQueueStore.Open(server.NewDatabaseUri());
        Submit(queue, 1);
        queue.RegisterWorker("slow");
        var lease = queue.Claim("slow", 1, Short, maxAttempts: 5)!;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Short * 2)
        {
            Thread.Sleep(50);
        }

        Assert.False(queue.Renew("slow", lease.Token, Short));
        Assert.False(queue.Complete("slow", lease, [.. lease.Jobs.Select(Analyzed)], maxAttempts: 5).Accepted);
        Assert.Equal(0, queue.Status().Done);
    }

    [Fact]
    public void A_renewed_lease_is_not_taken_over()
    {
        using var queue = WorkQueueStore.Open(server.NewDatabaseUri());
        Submit(queue, 2);
        queue.RegisterWorker("alive");
        var lease = queue.Claim("alive", 10, TimeSpan.FromSeconds(30), maxAttempts: 5)!;

        Assert.True(queue.Renew("alive", lease.Token, TimeSpan.FromSeconds(30)));
        Assert.Null(queue.Claim("other", 10, TimeSpan.FromSeconds(30), maxAttempts: 5));
        Assert.True(queue.Complete("alive", lease, [.. lease.Jobs.Select(Analyzed)], maxAttempts: 5).Accepted);
        Assert.True(queue.Idle());
    }

    [Fact]
    public void The_same_content_is_queued_once_whoever_submits_it_and_stored_content_is_not_queued()
    {
        var uri = server.NewDatabaseUri();
        using var queue = WorkQueueStore.Open(uri);
        var first = queue.BeginSubmission("first");
        first.Add(Document(1));
        first.Add(Document(1));
        first.Add(Document(2));
        Assert.Equal(new SubmissionTotals(first.RunId, 2, 1, 0), first.Complete());

        var second = queue.BeginSubmission("second");
        second.Add(Document(2));
        second.Add(Document(3));
        Assert.Equal(1, second.Complete().Queued);
        Assert.Equal(3, queue.Status().Queued);
    }

    [Fact]
    public void Failed_jobs_are_tried_again_and_on_their_last_attempt_alone()
    {
        using var queue = WorkQueueStore.Open(server.NewDatabaseUri());
        Submit(queue, 3);
        queue.RegisterWorker("w");
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var lease = queue.Claim("w", 10, TimeSpan.FromMinutes(1), maxAttempts: 3)!;
            Assert.Equal(3, lease.Jobs.Count);
            var result = queue.Complete("w", lease, [.. lease.Jobs.Select(j => JobOutcome.Failed(j.Id, "invented"))], maxAttempts: 3);
            Assert.Equal((3, 0), (result.Retried, result.Dead));
        }

        var last = queue.Claim("w", 10, TimeSpan.FromMinutes(1), maxAttempts: 3)!;
        var job = Assert.Single(last.Jobs);
        Assert.Equal(3, job.Attempts);
        Assert.Equal(1, queue.Complete("w", last, [JobOutcome.Failed(job.Id, "invented")], maxAttempts: 3).Dead);
        var status = queue.Status();
        Assert.Equal((2, 1), (status.Queued, status.Dead));
        Assert.Contains("attempt 3: invented", Assert.Single(status.DeadJobs).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_file_has_no_queue()
    {
        var error = Assert.Throws<StoreException>(() => WorkQueueStore.Open(Path.Combine(Path.GetTempPath(), "no-queue.db")));
        Assert.Contains("needs a PostgreSQL database", error.Message, StringComparison.Ordinal);
    }

    private static QueueLease WaitForClaim(WorkQueueStore queue, string worker)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Generous)
        {
            if (queue.Claim(worker, 10, TimeSpan.FromMinutes(1), maxAttempts: 5) is { } lease)
            {
                return lease;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException("the expired lease never came back to the queue");
    }

    private static void Submit(WorkQueueStore queue, int count)
    {
        var submission = queue.BeginSubmission("test");
        for (var i = 1; i <= count; i++)
        {
            submission.Add(Document(i));
        }

        submission.Complete();
    }

    private static SourceDocument Document(int number)
        => new() { Id = $"doc{number}", Source = $"doc{number}.txt", Text = $"Texto inventado número {number}, publicado el 3 de mayo de 2025." };

    private static JobOutcome Analyzed(QueueJob job) => JobOutcome.Analyzed(job.Id, new ContractDocument
    {
        Id = job.Document.Id,
        Source = job.Document.Source,
        Text = job.Document.Text,
        ContentHash = job.Document.ContentHash,
        Language = "es",
    }, []);
}
