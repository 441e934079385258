using System.Collections.Concurrent;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Storage;
using Atalaya.Storage.Alerts;
using Atalaya.Storage.Sources;
using Atalaya.Storage.Workbench;

namespace Atalaya.Watch;

/// <summary>
/// Follows the sources a database lists: polls each due feed or sitemap with a conditional GET, fetches
/// the pages of items not met before (robots.txt honoured, politely per host), reads each article as
/// 'atalaya ingest' reads an .html file, stores and consolidates them through the ingest service (whose
/// consolidation raises the alerts the new events answer), then POSTs the alerts to their webhooks. A source that fails is
/// reported and polled less often; it never stops the others.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private const string FeedTypes = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private const string PageTypes = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /// <summary>Sources polled at once: each mostly waits for its host's turn (the request limit is WatchOptions.Concurrency).</summary>
    private const int MaxSourcesAtOnce = 256;

    private readonly string database;
    private readonly Func<SourceDocument, CancellationToken, AnalysisResult> analyze;
    private readonly WatchOptions options;
    private readonly Action<string> report;
    private readonly PoliteHttp http;
    private readonly RobotsCache robots;
    private readonly AlertDelivery deliverer;

    /// <param name="database">A SQLite file or PostgreSQL URI (see DocumentStores).</param>
    /// <param name="analyze">The analysis pipeline (documents are analyzed on the fetching threads).</param>
    /// <param name="report">Told one line per poll, per failed item and per alert.</param>
    public SourceWatcher(string database, Func<SourceDocument, CancellationToken, AnalysisResult> analyze, WatchOptions options, Action<string> report)
    {
        this.database = database;
        this.analyze = analyze;
        this.options = options;
        this.report = report;
        http = new PoliteHttp(options);
        robots = new RobotsCache(http);
        deliverer = new AlertDelivery(http, ownsHttp: false);
    }

    /// <summary>Polls every due source (or, with <paramref name="all"/>, every source) once, then raises and delivers alerts.</summary>
    /// <exception cref="StoreException">The database cannot be opened.</exception>
    public async Task<RoundReport> PollAsync(bool all, CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        List<(WatchedSource Source, SourceOutcome Outcome)> outcomes;
        IReadOnlyList<AlertEntry> alerts;
        using (var registry = SourceRegistry.Open(database))
        {
            var sources = all ? registry.List() : registry.Due(started);
            if (sources.Count == 0)
            {
                return new RoundReport([], [], 0, 0);
            }

            using var store = DocumentStores.Open(database);
            var ingest = new IngestService(store);
            var round = new Round(registry, ingest, store);
            using (var batch = ingest.Begin($"watch {sources.Count} sources"))
            {
                round.Batch = batch;
                var results = new ConcurrentBag<(WatchedSource, SourceOutcome)>();
                try
                {
                    await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = MaxSourcesAtOnce, CancellationToken = cancellation }, async (source, token) =>
                    {
                        var outcome = await GuardedPollAsync(source, round, token).ConfigureAwait(false);
                        report(outcome.Report.Describe());
                        results.Add((source, outcome));
                    }).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    // Stopped (Ctrl+C): what was stored is kept and consolidated, and the polls that finished are
                    // recorded. An interrupted poll records nothing: its pages are asked again next time, and
                    // those already stored are then known by their content.
                    report($"stopping: {results.Count} of {sources.Count} polls finished");
                }

                // Commits what is pending, then consolidates the new documents (events, stories, the workbench's
                // tables), which raises the alerts of the new events.
                lock (round.StoreLock)
                {
                    alerts = batch.Complete();
                }

                outcomes = [.. results.OrderBy(r => r.Item1.Id)];
            }

            var finished = DateTimeOffset.UtcNow;
            foreach (var (source, outcome) in outcomes)
            {
                registry.RecordItems(source, outcome.Items, finished);
                registry.RecordPoll(source, outcome.Poll, finished);
                if (outcome.Sitemaps is { } sitemaps)
                {
                    registry.RecordSitemaps(source, sitemaps.Read, sitemaps.Listed);
                }
            }
        }

        foreach (var entry in alerts)
        {
            report($"alert '{entry.Alert}': {entry.Title}");
        }

        // When stopping, the alerts are kept and POSTed by the next run.
        var delivery = cancellation.IsCancellationRequested ? DeliveryTotals.None : await deliverer.DeliverAsync(database, report, cancellation).ConfigureAwait(false);
        return new RoundReport([.. outcomes.Select(o => o.Outcome.Report)], alerts, delivery.Delivered, delivery.Failed);
    }

    /// <summary>
    /// Polls due sources until cancelled (Ctrl+C), sleeping until the next one is due. A database that
    /// cannot be opened on the first round ends it; on a later round (a server restarting) it is
    /// reported and tried again after <paramref name="idleCheck"/>.
    /// </summary>
    /// <exception cref="StoreException">The database cannot be opened on the first round.</exception>
    public async Task RunAsync(TimeSpan idleCheck, CancellationToken cancellation)
    {
        var first = true;
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                try
                {
                    await PollAsync(all: false, cancellation).ConfigureAwait(false);
                }
                catch (StoreException error) when (!first)
                {
                    report($"{error.Message}; trying again in {idleCheck.TotalSeconds:0} s");
                    await Task.Delay(idleCheck, cancellation).ConfigureAwait(false);
                    continue;
                }

                first = false;
                DateTimeOffset? next;
                using (var registry = SourceRegistry.Open(database))
                {
                    next = registry.NextDue();
                }

                var wait = next is { } due ? due - DateTimeOffset.UtcNow : idleCheck;
                wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > idleCheck ? idleCheck : wait;
                await Task.Delay(wait, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public void Dispose() => http.Dispose();

    /// <summary>
    /// A poll whose unforeseen failure (a feed that breaks the XML reader in a way of its own) fails that
    /// source alone; the database failing, or Ctrl+C, ends the round.
    /// </summary>
    private async Task<SourceOutcome> GuardedPollAsync(WatchedSource source, Round round, CancellationToken cancellation)
    {
        try
        {
            return await PollSourceAsync(source, round, cancellation).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not (OperationCanceledException or StoreException or OutOfMemoryException))
        {
            return SourceOutcome.Failure(source, $"{error.GetType().Name}: {error.Message}");
        }
    }

    private async Task<SourceOutcome> PollSourceAsync(WatchedSource source, Round round, CancellationToken cancellation)
    {
        Uri feedUrl;
        try
        {
            feedUrl = new Uri(source.Url, UriKind.Absolute);
        }
        catch (UriFormatException bad)
        {
            return SourceOutcome.Failure(source, $"not a URL: {bad.Message}");
        }

        var rules = await robots.ForAsync(feedUrl, cancellation).ConfigureAwait(false);
        if (!rules.Allows(feedUrl))
        {
            return SourceOutcome.Failure(source, "robots.txt forbids fetching it");
        }

        var answer = await http.GetAsync(feedUrl, FeedTypes, source.ETag, source.LastModified, rules.CrawlDelay, cancellation).ConfigureAwait(false);
        if (answer.NotModified)
        {
            return new SourceOutcome(new PollReport(source.Label, 0, 0, 0, 0, 0, NotModified: true, null), new SourcePoll(null, null, null, null, null, 0), []);
        }

        if (answer.Error is { } error)
        {
            return SourceOutcome.Failure(source, error);
        }

        ParsedFeed feed;
        IndexRead? index = null;
        try
        {
            feed = FeedParser.Parse(answer.Body!, answer.FinalUrl);
            if (feed.Sitemaps.Count > 0)
            {
                index = await ReadSitemapsAsync(feed, round.Sitemaps(source), cancellation).ConfigureAwait(false);
                feed = index.Feed;
            }
        }
        catch (FeedException problem)
        {
            return SourceOutcome.Failure(source, problem.Message);
        }

        var listed = feed.Items.DistinctBy(i => ItemUrls.Canonical(i.Url)).ToList();
        var outlet = source.Name ?? feed.Outlet ?? feedUrl.Host;
        var recorded = new ConcurrentBag<WatchedItem>();
        int stored = 0, known = 0, refused = 0, failed = 0;

        // Items met before do not count against the limit, so a long sitemap is worked through poll by poll;
        // a sitemap's newest first (feeds list theirs so already).
        var ordered = feed.Kind.Contains("sitemap", StringComparison.Ordinal) ? [.. listed.OrderByDescending(i => i.Published ?? DateTimeOffset.MinValue)] : listed;
        var items = new List<FeedItem>();

        // Items this poll leaves for the next (over the limit, or failed): a child sitemap listing one is asked for in full next time.
        var unsettled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in ordered)
        {
            var key = ItemUrls.Canonical(item.Url);
            if (items.Count >= Math.Max(1, options.MaxItemsPerPoll))
            {
                unsettled.Add(key);
                continue;
            }

            if (!round.Claimed.TryAdd(key, 0) || round.IsSettled(key))
            {
                known++;
            }
            else
            {
                items.Add(item);
            }
        }

        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.HostConcurrency), CancellationToken = cancellation }, async (item, token) =>
        {
            ItemStatus? status;
            try
            {
                status = await FetchItemAsync(item, item.Outlet is { } named && source.Name is null ? named : outlet, round, recorded, token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not (OperationCanceledException or StoreException or OutOfMemoryException))
            {
                // A page that breaks the reading or the analysis in a way of its own fails alone.
                var reason = $"{error.GetType().Name}: {error.Message}";
                report($"{item.Url}: {reason}");
                recorded.Add(new WatchedItem(ItemUrls.Canonical(item.Url), null, ItemStatus.Failed, reason));
                status = ItemStatus.Failed;
            }

            switch (status)
            {
                case ItemStatus.Stored:
                    Interlocked.Increment(ref stored);
                    break;
                case ItemStatus.SameContent:
                    Interlocked.Increment(ref known);
                    break;
                case ItemStatus.Refused:
                    Interlocked.Increment(ref refused);
                    break;
                default:
                    Interlocked.Increment(ref failed);
                    break;
            }
        }).ConfigureAwait(false);

        unsettled.UnionWith(recorded.Where(r => r.Status == ItemStatus.Failed).Select(r => r.Url));
        return new SourceOutcome(
            new PollReport(source.Name ?? feed.Outlet ?? source.Label, listed.Count, stored, known, refused, failed, NotModified: false, null) { SitemapsNotModified = index?.NotModified ?? 0 },
            new SourcePoll(null, feed.Kind, feed.Outlet, answer.ETag, answer.LastModified, stored),
            [.. recorded])
        {
            Sitemaps = index?.Remember(unsettled),
        };
    }

    /// <summary>
    /// The items of a sitemap index's most recently changed sitemaps (an index inside an index is not
    /// followed), each asked for with a conditional GET: a child that answers 304 lists nothing new.
    /// </summary>
    private async Task<IndexRead> ReadSitemapsAsync(ParsedFeed index, IReadOnlyDictionary<string, SitemapValidators> remembered, CancellationToken cancellation)
    {
        var items = new List<FeedItem>();
        var read = new List<(ChildSitemap Child, IReadOnlyList<string> Items)>();
        var notModified = 0;
        string? outlet = null;
        foreach (var sitemap in index.Sitemaps.Take(Math.Max(1, options.MaxSitemaps)))
        {
            var rules = await robots.ForAsync(sitemap, cancellation).ConfigureAwait(false);
            if (!rules.Allows(sitemap))
            {
                report($"{sitemap}: robots.txt forbids fetching it");
                continue;
            }

            var validators = remembered.GetValueOrDefault(sitemap.AbsoluteUri);
            var answer = await http.GetAsync(sitemap, FeedTypes, validators?.ETag, validators?.LastModified, rules.CrawlDelay, cancellation).ConfigureAwait(false);
            if (answer.NotModified)
            {
                notModified++;
                continue;
            }

            if (answer.Error is not null)
            {
                report($"{sitemap}: {answer.Error}");
                continue;
            }

            try
            {
                var child = FeedParser.Parse(answer.Body!, answer.FinalUrl);
                outlet ??= child.Outlet;
                items.AddRange(child.Items);
                read.Add((new ChildSitemap(sitemap.AbsoluteUri, new SitemapValidators(answer.ETag, answer.LastModified)), [.. child.Items.Select(i => ItemUrls.Canonical(i.Url))]));
            }
            catch (FeedException problem)
            {
                report($"{sitemap}: {problem.Message}");
            }
        }

        return new IndexRead(new ParsedFeed(index.Kind, outlet, items, []), read, [.. index.Sitemaps.Select(s => s.AbsoluteUri)], notModified);
    }

    /// <summary>What became of one item not met before: refused, failed, same content as a stored one, or stored.</summary>
    private async Task<ItemStatus?> FetchItemAsync(FeedItem item, string outlet, Round round, ConcurrentBag<WatchedItem> recorded, CancellationToken cancellation)
    {
        var key = ItemUrls.Canonical(item.Url);

        var rules = await robots.ForAsync(item.Url, cancellation).ConfigureAwait(false);
        if (!rules.Allows(item.Url))
        {
            recorded.Add(new WatchedItem(key, null, ItemStatus.Refused, "robots.txt forbids fetching it"));
            return ItemStatus.Refused;
        }

        var page = await http.GetAsync(item.Url, PageTypes, null, null, rules.CrawlDelay, cancellation).ConfigureAwait(false);
        var read = page.Error is { } fetchError ? IngestItem.Failed(item.Url.ToString(), fetchError) : PageReading.Read(page, item, outlet);
        if (read.Document is not { } document)
        {
            report($"{item.Url}: {read.Failure!.Reason}");
            recorded.Add(new WatchedItem(key, null, ItemStatus.Failed, read.Failure.Reason));
            return ItemStatus.Failed;
        }

        // A redirect's target is remembered too: another feed listing it is not fetched again.
        var final = ItemUrls.Canonical(page.FinalUrl);
        var status = Store(document, round, cancellation);
        recorded.Add(new WatchedItem(key, document.ContentHash, status, null));
        if (final != key && round.Claimed.TryAdd(final, 0))
        {
            recorded.Add(new WatchedItem(final, document.ContentHash, status, null));
        }

        return status;
    }

    /// <summary>Analyzes and stores a document unless its content is stored already (another URL, an earlier run).</summary>
    private ItemStatus Store(SourceDocument document, Round round, CancellationToken cancellation)
    {
        lock (round.StoreLock)
        {
            if (round.Ingest.IsStored(document.ContentHash) || !round.Hashes.Add(document.ContentHash))
            {
                return ItemStatus.SameContent;
            }
        }

        var analyzed = analyze(document, cancellation);
        foreach (var failure in analyzed.Failures.Where(f => !f.Skipped))
        {
            // The document is stored with what the other stages found; the failure is kept with it (failed_stages).
            report($"{document.Metadata.Url}: stage '{failure.Stage}' failed on document '{failure.DocumentId}': {failure.Reason}");
        }

        lock (round.StoreLock)
        {
            return round.Batch!.Add(analyzed) ? ItemStatus.Stored : ItemStatus.SameContent;
        }
    }

    /// <summary>What one round shares between its polls: the store (one writer at a time) and the URLs and contents met.</summary>
    private sealed class Round(SourceRegistry registry, IngestService ingest, IDocumentStore store)
    {
        private readonly Lock registryLock = new();

        public object StoreLock { get; } = store;

        public IngestService Ingest { get; } = ingest;

        public IngestBatch? Batch { get; set; }

        public ConcurrentDictionary<string, byte> Claimed { get; } = new(StringComparer.Ordinal);

        /// <summary>Contents stored in this round (guarded by <see cref="StoreLock"/>).</summary>
        public HashSet<string> Hashes { get; } = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, SitemapValidators> Sitemaps(WatchedSource source)
        {
            lock (registryLock)
            {
                return registry.Sitemaps(source);
            }
        }

        public bool IsSettled(string url)
        {
            lock (registryLock)
            {
                return registry.IsSettled(url);
            }
        }
    }

    /// <summary>What the children of a sitemap index gave: their items, the validators each answered with, and how many answered 304.</summary>
    private sealed record IndexRead(ParsedFeed Feed, IReadOnlyList<(ChildSitemap Child, IReadOnlyList<string> Items)> Read, IReadOnlyList<string> Listed, int NotModified)
    {
        /// <summary>The validators to remember: none for a child one of whose items this poll left for the next.</summary>
        public SitemapsToRecord Remember(IReadOnlySet<string> unsettled)
            => new([.. Read.Select(r => r.Items.Any(unsettled.Contains) ? r.Child with { Validators = new SitemapValidators(null, null) } : r.Child)], Listed);
    }

    private sealed record SitemapsToRecord(IReadOnlyList<ChildSitemap> Read, IReadOnlyList<string> Listed);

    private sealed record SourceOutcome(PollReport Report, SourcePoll Poll, IReadOnlyList<WatchedItem> Items)
    {
        /// <summary>For a sitemap index: its children's validators.</summary>
        public SitemapsToRecord? Sitemaps { get; init; }

        public static SourceOutcome Failure(WatchedSource source, string error)
            => new(new PollReport(source.Label, 0, 0, 0, 0, 0, NotModified: false, error), new SourcePoll(error, null, null, null, null, 0), []);
    }
}
