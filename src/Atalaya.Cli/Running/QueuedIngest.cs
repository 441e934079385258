using Atalaya.Cli.Commands;
using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Running;

/// <summary>
/// 'atalaya ingest' into PostgreSQL: a submission and a worker in this process, which works until
/// every document of the submission is done (or dead), helping with other submissions' work on the
/// way; the same summary as an ingest into SQLite.
/// </summary>
internal static class QueuedIngest
{
    /// <summary>An ingest's worker renews its lease while alive; a killed ingest's batch returns to the queue after this long.</summary>
    private static readonly TimeSpan Lease = WorkerOptions.DefaultLease;

    public static IngestResult? Run(IReadOnlyList<string> paths, string location, string? data, RunOptions options, ErrorLog errors)
    {
        try
        {
            SubmitTotals submitted;
            using (var queue = WorkQueueStore.Open(location))
            {
                submitted = QueueSubmitter.Submit(queue, paths, options, errors, $"ingest {string.Join(' ', paths)}");
            }

            var runId = submitted.Queue.RunId;
            var stageFailures = new StageFailureTally();
            // Nothing new queued (all of it stored or queued already): no models to load, nothing to wait for.
            if (submitted.Queue.Queued > 0)
            {
                var worker = new QueueWorker(location, AnalysisSession.Load(data), new WorkerOptions(QueueSubmission.CommitEvery, Lease, WorkerOptions.DefaultAttempts, options.Threads, options.DocumentBudget), errors);
                stageFailures = worker.Run(queue => queue.Progress(runId).Finished, CancellationToken.None).StageFailures;
            }

            using var finalQueue = WorkQueueStore.Open(location);
            var progress = finalQueue.Progress(runId);
            finalQueue.FinishRun(runId, progress.Done, submitted.Queue.Known, submitted.Failures + (int)progress.Dead);
            if (SkipSummary.Describe(submitted.SkippedInputs, options.Verbose) is { } skipped)
            {
                errors.Note(skipped);
            }

            if (submitted.Documents == 0)
            {
                errors.Warn($"no document could be read from {string.Join(' ', paths)}");
            }

            // Documents that failed on every attempt count as inputs that failed, as a document over --doc-timeout does in SQLite.
            var totals = new RunTotals(submitted.Documents - (int)progress.Dead, submitted.Failures + (int)progress.Dead, 0, 0, stageFailures, submitted.SkippedInputs);
            using var store = DocumentStores.Open(location);
            return new IngestResult(totals, (int)progress.Done, submitted.Queue.Known, DocumentStores.Display(store), store.Summary());
        }
        catch (StoreException error)
        {
            errors.Warn(error.Message);
            return null;
        }
    }
}
