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
    private readonly TimeSpan? budget;
    private readonly CancellationToken cancellation;
    private readonly RunItem?[] results;
    private readonly Task[] workers;
    private readonly object gate = new();
    private int nextUnclaimed;
    private bool stopping;
    private ExceptionDispatchInfo? error;

    public BatchWork(List<IngestItem> batch, bool[] skipped, BatchSettings settings, int workerCount)
    {
        this.batch = batch;
        this.skipped = skipped;
        pipeline = settings.Pipeline;
        budget = settings.DocumentBudget;
        cancellation = settings.Cancellation;
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
            result = skipped[index] ? new RunItem(item, null) : AnalyzeWithinBudget(item);
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

    /// <summary>
    /// Analyzes one document, stopped when it outlasts the budget: a pathological input (a
    /// megabyte-long line, a page of nothing but markup) must not hold the run forever. The stopped
    /// document becomes a failed item; only the run's own cancellation ends the run.
    /// </summary>
    private RunItem AnalyzeWithinBudget(IngestItem item)
    {
        var document = item.Document!;
        if (budget is not { } limit)
        {
            return new RunItem(item, pipeline.Analyze(document, cancellation));
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timer.CancelAfter(limit);
        try
        {
            return new RunItem(item, pipeline.Analyze(document, timer.Token));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var reason = $"analysis stopped: it took longer than the {limit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s allowed for one document (--doc-timeout)";
            return new RunItem(IngestItem.Failed(document.Source, reason, item.Bytes), null);
        }
    }

    /// <summary>Stops claiming and waits for the workers, so no analysis outlives the enumeration.</summary>
    public void Dispose()
    {
        Volatile.Write(ref stopping, true);
        Task.WaitAll(workers);
    }
}
