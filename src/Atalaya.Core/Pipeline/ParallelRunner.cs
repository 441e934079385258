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
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        var batch = new List<IngestItem>(batchSize);
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count == batchSize)
            {
                foreach (var done in Analyze(batch, pipeline, options, skip))
                {
                    yield return done;
                }

                batch.Clear();
            }
        }

        foreach (var done in Analyze(batch, pipeline, options, skip))
        {
            yield return done;
        }
    }

    private static RunItem[] Analyze(List<IngestItem> batch, AnalysisPipeline pipeline, ParallelOptions options, Func<IngestItem, bool>? skip)
    {
        // The skip test runs here, on the caller's thread: it may query a store that is not thread-safe.
        var skipped = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            skipped[i] = batch[i].Document is null || (skip?.Invoke(batch[i]) ?? false);
        }

        var results = new RunItem[batch.Count];
        Parallel.For(0, batch.Count, options, i =>
        {
            var item = batch[i];
            results[i] = skipped[i]
                ? new RunItem(item, null)
                : new RunItem(item, pipeline.Analyze(item.Document!, options.CancellationToken));
        });
        return results;
    }
}
