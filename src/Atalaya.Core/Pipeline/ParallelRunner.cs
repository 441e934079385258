using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Core.Pipeline;

/// <summary>One input item and, when it was a readable document, its analysis.</summary>
public sealed record RunItem(IngestItem Input, AnalysisResult? Result);

/// <summary>
/// Analyzes a stream of ingested items on all cores, in batches so memory stays bounded, and
/// yields results in input order so output is deterministic whatever the thread count.
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
        CancellationToken cancellation = default)
    {
        var workers = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        var batch = new List<IngestItem>(batchSize);
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count == batchSize)
            {
                foreach (var done in Analyze(batch, pipeline, workers, skip, cancellation))
                {
                    yield return done;
                }

                batch.Clear();
            }
        }

        foreach (var done in Analyze(batch, pipeline, workers, skip, cancellation))
        {
            yield return done;
        }
    }

    /// <summary>
    /// Yields each result of the batch as soon as it and every earlier one are done, while the
    /// workers go on with the rest: what the caller does with a result (serializing it, storing it)
    /// overlaps the analysis instead of leaving the cores idle between batches.
    /// </summary>
    private static IEnumerable<RunItem> Analyze(List<IngestItem> batch, AnalysisPipeline pipeline, int workers, Func<IngestItem, bool>? skip, CancellationToken cancellation)
    {
        if (batch.Count == 0)
        {
            yield break;
        }

        // The skip test runs here, on the caller's thread: it may query a store that is not thread-safe.
        var skipped = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            skipped[i] = batch[i].Document is null || (skip?.Invoke(batch[i]) ?? false);
        }

        using var work = new BatchWork(batch, skipped, pipeline, Math.Min(workers, batch.Count), cancellation);
        for (var i = 0; i < batch.Count; i++)
        {
            yield return work.WaitFor(i);
        }
    }
}
