using System.Collections.Concurrent;

namespace Atalaya.Watch;

/// <summary>
/// Politeness per host: at most <see cref="WatchOptions.HostConcurrency"/> requests at a time, and
/// request starts spaced by the host delay (or the site's Crawl-delay when longer); and at most
/// <see cref="WatchOptions.Concurrency"/> requests in flight over all hosts, taken only once the
/// host's turn has come.
/// </summary>
internal sealed class HostGate(WatchOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim inFlight = new(Math.Max(1, options.Concurrency));

    /// <summary>Waits for a turn at the host of <paramref name="url"/>; disposing the result ends the turn.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan? crawlDelay, CancellationToken cancellation)
    {
        var host = hosts.GetOrAdd(url.Authority, _ => new Host(options.HostConcurrency));
        await host.Slots.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var spacing = crawlDelay is { } asked && asked > options.HostDelay ? asked : options.HostDelay;
            TimeSpan wait;
            lock (host)
            {
                var now = DateTimeOffset.UtcNow;
                var start = host.NextStart > now ? host.NextStart : now;
                host.NextStart = start + spacing;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellation).ConfigureAwait(false);
            }

            await inFlight.WaitAsync(cancellation).ConfigureAwait(false);
            return new Turn(host.Slots, inFlight);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    public void Dispose() => inFlight.Dispose();

    private sealed class Host(int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(Math.Max(1, concurrency));

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(SemaphoreSlim slots, SemaphoreSlim inFlight) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                inFlight.Release();
                slots.Release();
            }
        }
    }
}
