using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Core.Pipeline;

/// <summary>One input item and, when it was a readable document, its analysis.</summary>
public sealed record RunItem(IngestItem Input, AnalysisResult? Result);

/// <summary>What every batch of a run shares: the pipeline, the skip test, the time budget per document, the run's cancellation.</summary>
internal sealed record BatchSettings(AnalysisPipeline Pipeline, Func<IngestItem, bool>? Skip, TimeSpan? DocumentBudget, CancellationToken Cancellation);

/// <summary>
/// Analyzes a stream of ingested items on all cores, in batches so memory stays bounded, and
/// yields results in input order so output is deterministic whatever the thread count. With a
/// time budget per document, a document whose analysis outlasts it is stopped (the stages watch the
/// cancellation token) and comes back as a failed item naming it and the reason; the run goes on.
/// </summary>
public static class ParallelRunner
{
    public const int DefaultBatchSize = 512;

    public static IEnumerable<RunItem> Run(
        IEnumerable<IngestItem> items,
        AnalysisPipeline pipeline,
        int? parallelism = null,
        int batchSize = DefaultBatchSize,
        Func<IngestItem, bool>? skip = null,
        TimeSpan? documentBudget = null,
        CancellationToken cancellation = default)
    {
        var work = new BatchSettings(pipeline, skip, documentBudget, cancellation);
        var workers = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        var batch = new List<IngestItem>(batchSize);
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count == batchSize)
            {
                foreach (var done in Analyze(batch, work, workers))
                {
                    yield return done;
                }

                batch.Clear();
            }
        }

        foreach (var done in Analyze(batch, work, workers))
        {
            yield return done;
        }
    }

    /// <summary>
    /// Yields each result of the batch as soon as it and every earlier one are done, while the
    /// workers go on with the rest: what the caller does with a result (serializing it, storing it)
    /// overlaps the analysis instead of leaving the cores idle between batches.
    /// </summary>
    private static IEnumerable<RunItem> Analyze(List<IngestItem> batch, BatchSettings settings, int workers)
    {
        if (batch.Count == 0)
        {
            yield break;
        }

        // The skip test runs here, on the caller's thread: it may query a store that is not thread-safe.
        var skipped = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            skipped[i] = batch[i].Document is null || (settings.Skip?.Invoke(batch[i]) ?? false);
        }

        using var work = new BatchWork(batch, skipped, settings, Math.Min(workers, batch.Count));
        for (var i = 0; i < batch.Count; i++)
        {
            yield return work.WaitFor(i);
        }
    }
}
