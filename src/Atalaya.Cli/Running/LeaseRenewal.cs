using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Running;

/// <summary>
/// Keeps a worker's lease alive while it analyzes: every third of the lease it is extended, on a
/// connection of its own (the worker's is busy, and not thread-safe). A process that is stopped or
/// killed renews nothing, so its lease runs out and its jobs go to another worker; a lease that
/// already ran out is never extended again.
/// </summary>
internal sealed class LeaseRenewal : IDisposable
{
    private readonly string location;
    private readonly string worker;
    private readonly TimeSpan lease;
    private readonly CancellationTokenSource stop = new();
    private readonly Thread thread;
    private readonly object gate = new();
    private Guid? token;
    private WorkQueueStore? queue;

    public LeaseRenewal(string location, string worker, TimeSpan lease)
    {
        this.location = location;
        this.worker = worker;
        this.lease = lease;
        thread = new Thread(Loop) { IsBackground = true, Name = "lease renewal" };
        thread.Start();
    }

    /// <summary>The lease to keep alive from now on (null: none).</summary>
    public void Hold(Guid? leaseToken)
    {
        lock (gate)
        {
            token = leaseToken;
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        thread.Join(TimeSpan.FromSeconds(30));
        queue?.Dispose();
        stop.Dispose();
    }

    private void Loop()
    {
        var every = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(100).Ticks, lease.Ticks / 3));
        while (!stop.Token.WaitHandle.WaitOne(every))
        {
            Guid? current;
            lock (gate)
            {
                current = token;
            }

            if (current is not { } held)
            {
                continue;
            }

            try
            {
                queue ??= WorkQueueStore.Open(location);
                queue.Renew(worker, held, lease);
            }
            catch (StoreException)
            {
                // The server is away: the next tick connects again; the lease may run out meanwhile,
                // and then the worker's write is refused, which is what a lease is for.
                queue?.Dispose();
                queue = null;
            }
        }
    }
}
