using Atalaya.Storage.Alerts;

namespace Atalaya.Watch;

/// <summary>
/// One poll of one source: items listed, stored, already known (same URL or same content), refused by
/// robots.txt, failed; whether the server said nothing changed (304); the error that failed the poll.
/// </summary>
public sealed record PollReport(string Source, int Listed, int Stored, int Known, int Refused, int Failed, bool NotModified, string? Error)
{
    public string Describe()
        => Error is not null ? $"{Source}: failed: {Error}"
            : NotModified ? $"{Source}: not modified (304)"
            : $"{Source}: {Listed} items, {Stored} stored, {Known} known, {Refused} refused by robots.txt, {Failed} failed"
                + (Waiting > 0 ? $", {Waiting} left for the next poll" : "")
                + (SitemapsNotModified > 0 ? $", {SitemapsNotModified} sitemaps not modified (304)" : "");

    /// <summary>Child sitemaps of a sitemap index that answered 304 (nothing new listed there).</summary>
    public int SitemapsNotModified { get; init; }

    /// <summary>Items over the limit of one poll (WatchOptions.MaxItemsPerPoll), fetched by the next ones.</summary>
    public int Waiting => Error is null && !NotModified ? Listed - Stored - Known - Refused - Failed : 0;
}

/// <summary>One round of a watch: the polls, and the alerts raised after consolidating what they stored.</summary>
public sealed record RoundReport(IReadOnlyList<PollReport> Polls, IReadOnlyList<AlertEntry> Alerts, int Delivered, int DeliveryFailures)
{
    public int Stored => Polls.Sum(p => p.Stored);
}
