namespace Atalaya.Watch;

/// <summary>How politely and how far a watch fetches. The defaults suit news sites; tests shorten the waits.</summary>
public sealed record WatchOptions
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "Atalaya";

    /// <summary>Sent with every request, so a site's operator can tell who is fetching and why.</summary>
    public string UserAgent { get; init; } = $"{ProductToken}/1.0 (news monitoring; honours robots.txt)";

    /// <summary>Longest wait for one answer (each attempt).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts after the first for a connection error, a timeout, 408, 429 or a 5xx answer.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The first wait before a retry; each next one doubles it (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Least time between the starts of two requests to one host (a robots.txt Crawl-delay may ask for more).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests to one host at a time.</summary>
    public int HostConcurrency { get; init; } = 2;

    /// <summary>
    /// Requests in flight at a time over all hosts. Every due source is polled at once: a source mostly
    /// waits for its host's turn, and that wait holds none of these.
    /// </summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>The largest feed or page read; a larger one is refused (not read further).</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Items of one source fetched in one poll (a sitemap may list thousands; the rest wait for the next poll).</summary>
    public int MaxItemsPerPoll { get; init; } = 100;

    /// <summary>Sitemaps of a sitemap index read in one poll, the most recently changed first.</summary>
    public int MaxSitemaps { get; init; } = 5;
}
