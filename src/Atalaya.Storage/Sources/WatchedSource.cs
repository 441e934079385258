namespace Atalaya.Storage.Sources;

/// <summary>
/// A feed or sitemap followed: how often, what its server said last time (for a conditional GET),
/// and how its polls went. <paramref name="Failures"/>: polls failed in a row (0 when the last one worked).
/// </summary>
public sealed record WatchedSource(
    long Id,
    string Url,
    string? Name,
    TimeSpan Every,
    string Added,
    string NextDue,
    string? Kind,
    string? Outlet,
    string? ETag,
    string? LastModified,
    string? LastPolled,
    string? LastSuccess,
    string? LastError,
    string? LastErrorAt,
    int Failures,
    long ItemsStored)
{
    /// <summary>The name to show: the one given, else the outlet the feed names, else the URL.</summary>
    public string Label => Name ?? Outlet ?? Url;

    /// <summary>Failing: its last poll failed (it is polled less often until one works).</summary>
    public bool IsFailing => Failures > 0;
}

/// <summary>What one poll of a source found, to record: the validators to send next time and what was stored.</summary>
/// <param name="Error">Null when the poll worked (a 304 is a poll that worked).</param>
public sealed record SourcePoll(string? Error, string? Kind, string? Outlet, string? ETag, string? LastModified, int ItemsStored);

/// <summary>An item URL met in a feed and what became of it: stored, already stored (same content), or failed.</summary>
public sealed record WatchedItem(string Url, string? ContentHash, ItemStatus Status, string? Error);

public enum ItemStatus
{
    /// <summary>Fetched, analyzed and stored.</summary>
    Stored,

    /// <summary>Fetched, but its content was already stored (another URL, an earlier run): never fetched again.</summary>
    SameContent,

    /// <summary>Robots.txt forbids it: not fetched, and not asked again.</summary>
    Refused,

    /// <summary>Could not be fetched or read; tried again on later polls up to <see cref="SourceRegistry.MaxItemAttempts"/> times.</summary>
    Failed,
}

/// <summary>What a conditional GET sends back to the server: the ETag and the Last-Modified it gave last time.</summary>
public sealed record SitemapValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>A child sitemap of a sitemap index as one poll read it: its URL and the validators to send next time (none: ask for all of it).</summary>
public sealed record ChildSitemap(string Url, SitemapValidators Validators);
