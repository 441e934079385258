using System.Runtime.ExceptionServices;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Core.Pipeline;

/// <summary>
/// One batch analyzed by pool workers that claim items in input order, while the caller takes the
/// results in that order as they complete. A caller that waits for a result not yet done
/// analyzes the next unclaimed item itself, so the batch finishes even when the thread pool is slow
/// to lend its threads (a caller on a pool thread, tests running in parallel).
/// </summary>
internal sealed class BatchWork : IDisposable
{
    private readonly List<IngestItem> batch;
    private readonly bool[] skipped;
    private readonly AnalysisPipeline pipeline;
    private readonly CancellationToken cancellation;
    private readonly RunItem?[] results;
    private readonly Task[] workers;
    private readonly object gate = new();
    private int nextUnclaimed;
    private bool stopping;
    private ExceptionDispatchInfo? error;

    public BatchWork(List<IngestItem> batch, bool[] skipped, AnalysisPipeline pipeline, int workerCount, CancellationToken cancellation)
    {
        this.batch = batch;
        this.skipped = skipped;
        this.pipeline = pipeline;
        this.cancellation = cancellation;
        results = new RunItem?[batch.Count];
        workers = new Task[workerCount];
        for (var w = 0; w < workerCount; w++)
        {
            workers[w] = Task.Run(Work, CancellationToken.None);
        }
    }

    /// <summary>The result of item <paramref name="index"/>, once it is done; rethrows a worker's error (cancellation).</summary>
    public RunItem WaitFor(int index)
    {
        while (true)
        {
            lock (gate)
            {
                if (results[index] is { } done)
                {
                    return done;
                }

                error?.Throw();
                if (nextUnclaimed >= batch.Count)
                {
                    // Every item is claimed: wait for the one we need.
                    Monitor.Wait(gate);
                    continue;
                }
            }

            // Rather than idle, help: analyze the next unclaimed item on this thread.
            AnalyzeNext();
        }
    }

    private void Work()
    {
        while (AnalyzeNext())
        {
        }
    }

    /// <summary>Claims and analyzes one item; false when there is none left or the batch stops.</summary>
    private bool AnalyzeNext()
    {
        var index = Interlocked.Increment(ref nextUnclaimed) - 1;
        if (index >= batch.Count || Volatile.Read(ref stopping))
        {
            return false;
        }

        RunItem result;
        try
        {
            cancellation.ThrowIfCancellationRequested();
            var item = batch[index];
            result = skipped[index] ? new RunItem(item, null) : new RunItem(item, pipeline.Analyze(item.Document!, cancellation));
        }
#pragma warning disable CA1031 // Any error (in practice, cancellation) is handed to the caller, which rethrows it.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            lock (gate)
            {
                error ??= ExceptionDispatchInfo.Capture(failure);
                stopping = true;
                Monitor.PulseAll(gate);
            }

            return false;
        }

        lock (gate)
        {
            results[index] = result;
            Monitor.PulseAll(gate);
        }

        return true;
    }

    /// <summary>Stops claiming and waits for the workers, so no analysis outlives the enumeration.</summary>
    public void Dispose()
    {
        Volatile.Write(ref stopping, true);
        Task.WaitAll(workers);
    }
}
