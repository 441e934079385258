using System.Diagnostics;
using Atalaya.Storage;
using Atalaya.Storage.Alerts;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Running;

/// <summary>
/// A worker's consolidation, on a thread and a connection of its own: after each batch the worker
/// asks for one and goes on claiming and analyzing (a claim never waits behind a consolidation, so an
/// expired lease is taken over as soon as a worker is between batches). Requests made while one runs
/// are folded into the next; when another process holds the consolidation lock nothing is done, since
/// that process consolidates in seq order up to the last document stored.
/// </summary>
internal sealed class BackgroundConsolidation : IDisposable
{
    private readonly string location;
    private readonly ErrorLog errors;
    private readonly Stopwatch busy;
    private readonly Action<IReadOnlyList<AlertEntry>> raised;
    private readonly SemaphoreSlim requests = new(0, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Thread thread;
    private WorkQueueStore? queue;
    private bool disposed;

    /// <param name="raised">Given the alerts each consolidation raised (none: not called).</param>
    public BackgroundConsolidation(string location, ErrorLog errors, Stopwatch busy, Action<IReadOnlyList<AlertEntry>> raised)
    {
        this.location = location;
        this.errors = errors;
        this.busy = busy;
        this.raised = raised;
        thread = new Thread(Loop) { IsBackground = true, Name = "consolidation" };
        thread.Start();
    }

    /// <summary>Asks for a consolidation (one already asked for and not begun covers this one too).</summary>
    public void Request()
    {
        try
        {
            requests.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already requested: the consolidation that runs next takes every document stored by then.
        }
    }

    /// <summary>Stops after the consolidation in progress (the worker's last, waiting one follows on its own connection).</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stop.Cancel();
        thread.Join();
        queue?.Dispose();
        stop.Dispose();
        requests.Dispose();
    }

    private void Loop()
    {
        try
        {
            while (true)
            {
                requests.Wait(stop.Token);
                lock (busy)
                {
                    busy.Start();
                }

                try
                {
                    queue ??= WorkQueueStore.Open(location);
                    queue.Consolidate(wait: false);
                    if (queue.TakeRaisedAlerts() is { Count: > 0 } alerts)
                    {
                        raised(alerts);
                    }
                }
                catch (StoreException error)
                {
                    // The server went away: the next request connects again; the worker's last consolidation catches up.
                    errors.Warn($"consolidation: {error.Message}");
                    queue?.Dispose();
                    queue = null;
                }
                finally
                {
                    lock (busy)
                    {
                        busy.Stop();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
