using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Atalaya.Web.Api;

/// <summary>
/// Counts wrong API keys per client address: after <see cref="MaxFailures"/> within <see cref="Window"/> the
/// address gets 429 until the oldest of them leaves the window, with the right key too, so that keys cannot
/// be guessed at speed. A right key clears the address's count.
/// </summary>
internal sealed class KeyAttemptThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Beyond this many addresses, those without a failure in the window are forgotten.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    /// <summary>
    /// The client an address stands for: an IPv4 address, or the /64 network of an IPv6 one (one machine usually
    /// holds a whole /64, so counting single addresses would let it try keys without limit).
    /// </summary>
    public static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>How long the address must wait before trying again; null when it may try now.</summary>
    public TimeSpan? WaitFor(string client)
    {
        if (!failures.TryGetValue(client, out var times))
        {
            return null;
        }

        lock (times)
        {
            var now = clock.GetUtcNow();
            Forget(times, now);
            if (times.Count < MaxFailures)
            {
                return null;
            }

            return times.Peek() + Window - now;
        }
    }

    public void Failed(string client)
    {
        if (failures.Count > PruneAbove)
        {
            Prune();
        }

        var times = failures.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            var now = clock.GetUtcNow();
            Forget(times, now);
            times.Enqueue(now);
        }
    }

    public void Succeeded(string client) => failures.TryRemove(client, out _);

    private static void Forget(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now)
        {
            times.Dequeue();
        }
    }

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (client, times) in failures)
        {
            lock (times)
            {
                Forget(times, now);
                if (times.Count == 0)
                {
                    failures.TryRemove(client, out _);
                }
            }
        }
    }
}
