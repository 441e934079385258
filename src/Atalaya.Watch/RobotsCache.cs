using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Atalaya.Watch;

/// <summary>
/// Each host's robots.txt, fetched once an hour at most. No file (a 4xx answer) allows everything; a
/// server error or no answer forbids everything until the next try (RFC 9309 2.3.1).
/// </summary>
internal sealed class RobotsCache(PoliteHttp http)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private static readonly TimeSpan RetryFailedAfter = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsRules Rules, DateTimeOffset Fetched)>>> hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsRules> ForAsync(Uri url, CancellationToken cancellation)
    {
        var key = $"{url.Scheme}://{url.Authority}";
        while (true)
        {
            var entry = hosts.GetOrAdd(key, _ => new Lazy<Task<(RobotsRules, DateTimeOffset)>>(() => FetchAsync(new Uri(key + "/robots.txt"), cancellation)));
            var (rules, fetched) = await entry.Value.ConfigureAwait(false);
            if (DateTimeOffset.UtcNow - fetched < KeptFor)
            {
                return rules;
            }

            hosts.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsRules Rules, DateTimeOffset Fetched)>>>(key, entry));
        }
    }

    private async Task<(RobotsRules, DateTimeOffset)> FetchAsync(Uri robots, CancellationToken cancellation)
    {
        var answer = await http.GetAsync(robots, "text/plain", null, null, null, cancellation).ConfigureAwait(false);
        var rules = answer switch
        {
            { Body: { } body } => RobotsRules.Parse(Encoding.UTF8.GetString(body), WatchOptions.ProductToken),
            { Status: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError } => RobotsRules.AllowAll,
            _ => RobotsRules.DisallowAll,
        };

        // A server error is asked again after a few minutes, not after an hour.
        var stamp = answer.Body is null && rules == RobotsRules.DisallowAll ? DateTimeOffset.UtcNow - KeptFor + RetryFailedAfter : DateTimeOffset.UtcNow;
        return (rules, stamp);
    }
}
