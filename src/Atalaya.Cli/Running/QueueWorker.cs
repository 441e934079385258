using System.Diagnostics;
using System.Globalization;
using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Running;

/// <summary>
/// One worker over a PostgreSQL work queue: claims a batch under a lease, analyzes it while the lease
/// is renewed, and writes the results and marks the batch done in one transaction that the database
/// refuses when the lease no longer holds. A server that goes away is waited for (a bounded time)
/// and the batch in hand is written once it is back, if its lease still holds.
/// </summary>
internal sealed class QueueWorker(string location, AnalysisSession session, WorkerOptions options, ErrorLog errors)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(1);

    private readonly InjectedDocumentFault fault = InjectedDocumentFault.FromEnvironment();
    private int batches, stored, alreadyStored, retried, dead, fenced;
    private readonly StageFailureTally stageFailures = new();
    private readonly WorkerTimes times = new();
    private CancellationToken stopping;

    /// <summary>Host, process and a random part: unique among the workers of a database.</summary>
    public string Name { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Random.Shared.Next(0x10000):x4}");

    /// <summary>
    /// Works until <paramref name="finished"/> says so when nothing could be claimed (or until
    /// <paramref name="cancellation"/>, after the batch in hand).
    /// </summary>
    /// <exception cref="StoreException">The database cannot be used, or the server stayed away longer than the reconnection time.</exception>
    public WorkerTotals Run(Func<WorkQueueStore, bool> finished, CancellationToken cancellation)
    {
        stopping = cancellation;
        var queue = WorkQueueStore.Open(location);
        try
        {
            queue.RegisterWorker(Name);
            using var renewal = new LeaseRenewal(location, Name, options.Lease);
            using var consolidation = options.Consolidate ? new BackgroundConsolidation(location, errors, times.Consolidation, Announce) : null;
            var poll = FirstPoll;
            while (!cancellation.IsCancellationRequested)
            {
                try
                {
                    var lease = queue.Claim(Name, options.Batch, options.Lease, options.MaxAttempts);
                    if (lease is null)
                    {
                        // Nothing to claim: what this or another worker stored last is consolidated now, not at the next batch.
                        if (consolidation is not null && queue.PendingConsolidation > 0)
                        {
                            consolidation.Request();
                        }

                        if (finished(queue))
                        {
                            break;
                        }

                        Timed(times.Waiting, () => cancellation.WaitHandle.WaitOne(poll));
                        poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
                        continue;
                    }

                    poll = FirstPoll;
                    renewal.Hold(lease.Token);
                    var outcomes = Timed(times.Analysis, () => Analyze(lease));
                    times.Writes.Start();
                    var result = Complete(ref queue, lease, outcomes);
                    times.Writes.Stop();
                    renewal.Hold(null);
                    Account(lease, outcomes, result);
                    if (result.Accepted && result.Stored > 0)
                    {
                        consolidation?.Request();
                    }
                }
                catch (StoreException error)
                {
                    times.Writes.Stop();
                    renewal.Hold(null);
                    queue = Reconnect(queue, error);
                }
            }

            // Nothing left to claim (or asked to stop): everything stored is consolidated before the worker ends.
            consolidation?.Dispose();
            if (options.Consolidate)
            {
                times.Consolidation.Start();
                Retrying(ref queue, q => q.Consolidate(wait: true));
                times.Consolidation.Stop();
                Announce(queue.TakeRaisedAlerts());
            }

            return new WorkerTotals(batches, stored, alreadyStored, retried, dead, fenced, stageFailures) { Times = times };
        }
        finally
        {
            queue.Dispose();
        }
    }

    /// <summary>The alerts a consolidation of this worker raised: reported, and POSTed to their webhooks.</summary>
    private void Announce(IReadOnlyList<Storage.Alerts.AlertEntry> raised)
    {
        if (raised.Count > 0)
        {
            RaisedAlerts.Announce(raised, location, errors, stopping);
        }
    }

    private static T Timed<T>(Stopwatch clock, Func<T> action)
    {
        clock.Start();
        try
        {
            return action();
        }
        finally
        {
            clock.Stop();
        }
    }

    private List<JobOutcome> Analyze(QueueLease lease)
    {
        var items = lease.Jobs.Select(job => IngestItem.Read(job.Document, job.Document.Text.Length)).ToList();
        var outcomes = new List<JobOutcome>(lease.Jobs.Count);
        var results = ParallelRunner.Run(items, session.Pipeline, options.Threads, batchSize: Math.Max(1, items.Count), documentBudget: options.DocumentBudget);
        foreach (var (job, item) in lease.Jobs.Zip(results))
        {
            outcomes.Add(Outcome(job, item));
        }

        return outcomes;
    }

    private JobOutcome Outcome(QueueJob job, RunItem item)
    {
        if (item.Input.Failure is { } failure)
        {
            return JobOutcome.Failed(job.Id, failure.Reason);
        }

        try
        {
            fault.Apply(job.Document.Text);
            var result = item.Result ?? throw new InvalidOperationException("no analysis came back");
            var document = ContractMapper.ToContract(result);
            return JobOutcome.Analyzed(job.Id, document, [.. result.Failures.Select(f => new StageFailureRecord(f.DocumentId, f.Source, f.Stage, f.Reason, f.Skipped))]);
        }
#pragma warning disable CA1031 // Whatever goes wrong with one document is that document's failure: it is retried, then dead with this reason; the batch goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return JobOutcome.Failed(job.Id, $"{error.GetType().Name}: {error.Message}");
        }
    }

    /// <summary>Writes the batch; a server that went away meanwhile is waited for and the write tried again (refused if the lease ran out).</summary>
    private CompletionResult Complete(ref WorkQueueStore queue, QueueLease lease, List<JobOutcome> outcomes)
        => Retrying(ref queue, q => q.Complete(Name, lease, outcomes, options.MaxAttempts));

    private T Retrying<T>(ref WorkQueueStore queue, Func<WorkQueueStore, T> action)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return action(queue);
            }
            catch (StoreException error) when (deadline.Elapsed < options.ReconnectFor)
            {
                queue = Reconnect(queue, error);
            }
        }
    }

    private void Account(QueueLease lease, List<JobOutcome> outcomes, CompletionResult result)
    {
        batches++;
        if (!result.Accepted)
        {
            fenced++;
            errors.Warn($"worker {Name}: the lease of a batch of {lease.Jobs.Count} documents ran out before it was written; nothing written, another worker takes them");
            return;
        }

        stored += result.Stored;
        alreadyStored += result.AlreadyStored;
        retried += result.Retried;
        dead += result.Dead;
        var jobs = lease.Jobs.ToDictionary(job => job.Id);
        foreach (var outcome in outcomes)
        {
            var job = jobs[outcome.JobId];
            if (outcome.Error is { } error)
            {
                var fate = job.Attempts >= options.MaxAttempts ? "dead" : "to be tried again";
                errors.Report(job.Document.Source, $"attempt {job.Attempts} of {options.MaxAttempts} failed ({fate}): {error}");
                continue;
            }

            stageFailures.Add([.. outcome.StageFailures.Select(f => new StageFailure(f.DocumentId, f.Source, f.Stage, f.Reason, f.Skipped))]);
            foreach (var failure in outcome.StageFailures.Where(f => !f.Skipped))
            {
                errors.Report(failure.Source, $"stage '{failure.Stage}' failed on document '{failure.DocumentId}': {failure.Reason}");
            }
        }
    }

    /// <summary>Connects again, for at most the reconnection time; the last error when the server stays away.</summary>
    private WorkQueueStore Reconnect(WorkQueueStore broken, StoreException error)
    {
        broken.Dispose();
        errors.Warn($"worker {Name}: {error.Message}; connecting again");
        var waited = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            // Asked to stop while the server is away: the worker ends (its lease runs out, another takes the batch).
            if (stopping.WaitHandle.WaitOne(delay))
            {
                throw error;
            }

            try
            {
                var queue = WorkQueueStore.Open(location);
                queue.RegisterWorker(Name);
                return queue;
            }
            catch (StoreException again) when (waited.Elapsed < options.ReconnectFor && !stopping.IsCancellationRequested)
            {
                error = again;
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }
}
