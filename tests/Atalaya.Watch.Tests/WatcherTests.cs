using System.Text;
using Atalaya.Storage.Sources;
using Atalaya.Watch.Tests.Support;

namespace Atalaya.Watch.Tests;

/// <summary>Polling against a local site into a real SQLite database with the real pipeline.</summary>
public sealed class WatcherTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly LocalSite site = new();

    private string Db => folder.File("watch.db");

    [Fact]
    public async Task Every_kind_of_feed_and_sitemap_stores_its_articles_with_url_title_outlet_and_date()
    {
        site.Serve("/a.html", Articles.Html(Articles.ClashFive, withDate: false));
        site.Serve("/b.html", Articles.Html(Articles.Reporters, withDate: false));
        site.Serve("/c.html", Articles.Html(Articles.Arrests));
        site.Serve("/d.html", Articles.Html(Articles.Blockade));
        site.Serve("/e.html", Articles.Html(Articles.ClashThree));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (site.Url("/a.html"), "Cinco muertos en Salvatierra", "Wed, 02 Dec 2026 15:00:00 GMT"))));
        site.Serve("/atom.xml", Reply.Xml(Articles.Atom("Invented Tribune", (site.Url("/b.html"), "Reporters abducted", "2026-12-03T08:00:00Z"))));
        site.Serve("/rdf.xml", Reply.Xml(Articles.Rdf("Jornal Inventado", (site.Url("/c.html"), "Quatro presos em Huetamo", null))));
        site.Serve("/sitemap.xml", Reply.Xml(Articles.Sitemap((site.Url("/d.html"), "2026-12-04"))));
        site.Serve("/news.xml", Reply.Xml(Articles.NewsSitemap("Noticias Inventadas", (site.Url("/e.html"), "Tres abatidos en Salvatierra", "2026-12-02T11:30:00-06:00"))));
        using var watching = new Watching(Db);
        foreach (var path in new[] { "/rss.xml", "/atom.xml", "/rdf.xml", "/sitemap.xml", "/news.xml" })
        {
            watching.Follow(site.Url(path));
        }

        var round = await watching.PollAllAsync();

        Assert.All(round.Polls, p => Assert.Null(p.Error));
        Assert.Equal(5, round.Stored);
        var documents = watching.Documents().ToDictionary(d => d.Url!);
        var clash = documents[site.Url("/a.html")];
        Assert.Equal(Articles.ClashFive.Title, clash.Title);
        Assert.Equal("Diario Inventado", clash.Source);
        Assert.Equal("2026-12-02", clash.Published);
        Assert.Equal("es", clash.Language);
        Assert.Equal("Invented Tribune", documents[site.Url("/b.html")].Source);
        Assert.Equal("2026-12-03", documents[site.Url("/b.html")].Published);
        Assert.Equal("Jornal Inventado", documents[site.Url("/c.html")].Source);
        Assert.Equal("Noticias Inventadas", documents[site.Url("/e.html")].Source);
        Assert.Equal(Articles.ClashThree.Title, documents[site.Url("/e.html")].Title);

        // The sitemap names no outlet: the host is the source.
        Assert.Equal("127.0.0.1", documents[site.Url("/d.html")].Source);
        Assert.Equal("rdf", watching.Source(site.Url("/rdf.xml")).Kind);
        Assert.Equal("news-sitemap", watching.Source(site.Url("/news.xml")).Kind);
        Assert.All(site.Requests, r => Assert.StartsWith("Atalaya/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_date_the_page_gives_fills_in_when_the_feed_has_none_and_the_feed_date_wins_otherwise()
    {
        site.Serve("/dated.html", Articles.Html(Articles.ClashFive));
        site.Serve("/also-dated.html", Articles.Html(Articles.Reporters));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (site.Url("/dated.html"), "Sin fecha en el feed", null), (site.Url("/also-dated.html"), "Con fecha en el feed", "Mon, 30 Nov 2026 12:00:00 GMT"))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));

        await watching.PollAllAsync();

        var documents = watching.Documents().ToDictionary(d => d.Url!);
        Assert.Equal("2026-12-02", documents[site.Url("/dated.html")].Published);
        Assert.Equal("2026-11-30", documents[site.Url("/also-dated.html")].Published);
    }

    [Fact]
    public async Task A_second_poll_sends_the_etag_gets_304_and_fetches_no_page()
    {
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.ServeWithETag("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (site.Url("/a.html"), "Cinco muertos", null))), "\"v1\"");
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));

        var first = await watching.PollAllAsync();
        var second = await watching.PollAllAsync();

        Assert.Equal(1, first.Stored);
        Assert.True(Assert.Single(second.Polls).NotModified);
        Assert.Equal(0, second.Stored);
        Assert.Equal(1, site.Hits("/a.html"));
        Assert.Equal(["\"v1\""], site.Requests.Where(r => r.Path == "/rss.xml").Skip(1).Select(r => r.IfNoneMatch));
        Assert.Equal("\"v1\"", watching.Source(site.Url("/rss.xml")).ETag);
    }

    [Fact]
    public async Task An_item_already_stored_by_url_or_by_content_is_not_fetched_or_stored_again()
    {
        var page = Articles.Html(Articles.ClashFive);
        site.Serve("/a.html", page);
        site.Serve("/copy.html", page);
        site.Serve("/one.xml", Reply.Xml(Articles.Rss("Uno", (site.Url("/a.html"), "Nota", null))));

        // The same article again with a campaign tag, and its copy under another address.
        site.Serve("/two.xml", Reply.Xml(Articles.Rss("Dos", (site.Url("/a.html?utm_source=feed"), "Nota", null), (site.Url("/copy.html"), "Copia", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/one.xml"));
        var first = await watching.PollAllAsync();
        watching.Follow(site.Url("/two.xml"));

        var second = await watching.PollAllAsync();
        var third = await watching.PollAllAsync();

        Assert.Equal(1, first.Stored);
        Assert.Equal(0, second.Stored);
        Assert.Equal(3, second.Polls.Sum(p => p.Known)); // the address polled before, the same with a campaign tag, the copy
        Assert.Single(watching.Documents());
        Assert.Equal(1, site.Hits("/a.html"));
        Assert.Equal(0, site.Hits("/a.html?utm_source=feed"));
        Assert.Equal(1, site.Hits("/copy.html"));
        Assert.Equal(0, third.Stored);
        Assert.Equal(1, site.Hits("/copy.html"));
    }

    [Fact]
    public async Task A_long_sitemap_is_worked_through_newest_first_a_limited_number_of_pages_per_poll()
    {
        Article[] pages = [Articles.ClashFive, Articles.Reporters, Articles.Arrests, Articles.Blockade, Articles.Latin1];
        for (var i = 0; i < pages.Length; i++)
        {
            site.Serve($"/p{i}.html", Articles.Html(pages[i]));
        }

        site.Serve("/sitemap.xml", Reply.Xml(Articles.Sitemap([.. pages.Select((_, i) => (site.Url($"/p{i}.html"), (string?)$"2026-12-0{i + 1}"))])));
        using var watching = new Watching(Db, Watching.Fast with { MaxItemsPerPoll = 2 });
        watching.Follow(site.Url("/sitemap.xml"));

        var polls = new List<PollReport>();
        for (var i = 0; i < 4; i++)
        {
            polls.Add(Assert.Single((await watching.PollAllAsync()).Polls));
        }

        Assert.Equal([2, 2, 1, 0], polls.Select(p => p.Stored));
        Assert.Equal([3, 1, 0, 0], polls.Select(p => p.Waiting));
        Assert.Equal([site.Url("/p3.html"), site.Url("/p4.html")], watching.Documents().Take(2).Select(d => d.Url!).Order(StringComparer.Ordinal));
        Assert.All(pages.Select((_, i) => $"/p{i}.html"), path => Assert.Equal(1, site.Hits(path)));
    }

    [Fact]
    public async Task A_child_sitemap_with_pages_left_for_the_next_poll_is_asked_for_in_full_until_they_are_fetched()
    {
        Article[] pages = [Articles.ClashFive, Articles.Reporters, Articles.Arrests];
        for (var i = 0; i < pages.Length; i++)
        {
            site.Serve($"/p{i}.html", Articles.Html(pages[i]));
        }

        site.Serve("/index.xml", Reply.Xml(Articles.SitemapIndex(site.Url("/child.xml"))));
        site.ServeWithETag("/child.xml", Reply.Xml(Articles.Sitemap([.. pages.Select((_, i) => (site.Url($"/p{i}.html"), (string?)$"2026-12-0{i + 1}"))])), "\"child-1\"");
        using var watching = new Watching(Db, Watching.Fast with { MaxItemsPerPoll = 2 });
        watching.Follow(site.Url("/index.xml"));

        var polls = new List<PollReport>();
        for (var i = 0; i < 3; i++)
        {
            polls.Add(Assert.Single((await watching.PollAllAsync()).Polls));
        }

        Assert.Equal([2, 1, 0], polls.Select(p => p.Stored));
        Assert.Equal([0, 0, 1], polls.Select(p => p.SitemapsNotModified));
        Assert.Equal([null, null, "\"child-1\""], site.Requests.Where(r => r.Path == "/child.xml").Select(r => r.IfNoneMatch));
        Assert.All(pages.Select((_, i) => $"/p{i}.html"), path => Assert.Equal(1, site.Hits(path)));
    }

    [Fact]
    public async Task Robots_txt_forbidding_a_path_keeps_its_pages_unfetched()
    {
        site.Serve("/robots.txt", new Reply(200, Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n"), "text/plain"));
        site.Serve("/news/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/private/b.html", Articles.Html(Articles.Reporters));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario", (site.Url("/news/a.html"), "Abierta", null), (site.Url("/private/b.html"), "Privada", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));

        var round = await watching.PollAllAsync();
        await watching.PollAllAsync();

        var poll = Assert.Single(round.Polls);
        Assert.Equal(1, poll.Stored);
        Assert.Equal(1, poll.Refused);
        Assert.Equal(0, site.Hits("/private/b.html"));
        Assert.Equal(1, site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task A_failing_source_is_reported_backs_off_further_and_never_stops_the_others()
    {
        site.Serve("/down.xml", Reply.Code(500));
        site.Serve("/broken.xml", new Reply(200, Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>Roto</title><item>"), "application/rss+xml"));
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario", (site.Url("/a.html"), "Nota", null))));
        using var watching = new Watching(Db);
        var every = TimeSpan.FromMinutes(10);
        watching.Follow(site.Url("/down.xml"), every: every);
        watching.Follow(site.Url("/broken.xml"), every: every);
        watching.Follow(site.Url("/rss.xml"), every: every);

        var before = DateTimeOffset.UtcNow;
        var first = await watching.PollAllAsync();
        var once = watching.Source(site.Url("/down.xml"));
        await watching.PollAllAsync();
        var twice = watching.Source(site.Url("/down.xml"));

        Assert.Equal(1, first.Stored);
        Assert.Contains("HTTP 500", first.Polls.Single(p => p.Source.EndsWith("/down.xml", StringComparison.Ordinal)).Error, StringComparison.Ordinal);
        Assert.Contains("invalid XML", watching.Source(site.Url("/broken.xml")).LastError, StringComparison.Ordinal);
        Assert.Equal(3, site.Hits("/down.xml") / 2); // the first attempt and two retries, in each of two polls
        Assert.True(once.IsFailing);
        Assert.Equal(2, twice.Failures);
        Assert.True(Due(once) >= before + (2 * every) - TimeSpan.FromSeconds(5), $"next poll {once.NextDue}");
        Assert.True(Due(twice) >= before + (4 * every) - TimeSpan.FromSeconds(5), $"next poll {twice.NextDue}");
        Assert.False(watching.Source(site.Url("/rss.xml")).IsFailing);
        Assert.Contains(watching.Lines, l => l.Contains("down.xml: failed: HTTP 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_fails_once_is_fetched_again_by_the_retry_and_a_missing_one_is_tried_on_later_polls()
    {
        var attempts = 0;
        site.Serve("/flaky.html", _ => Interlocked.Increment(ref attempts) == 1 ? Reply.Code(503) : Articles.Html(Articles.ClashFive));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario", (site.Url("/flaky.html"), "Nota", null), (site.Url("/gone.html"), "Perdida", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));

        var first = await watching.PollAllAsync();
        for (var i = 0; i < 3; i++)
        {
            await watching.PollAllAsync();
        }

        Assert.Equal(1, first.Stored);
        Assert.Equal(1, Assert.Single(first.Polls).Failed);
        Assert.Equal(2, site.Hits("/flaky.html"));

        // 404 is no transient error: one request per poll, given up after three polls.
        Assert.Equal(SourceRegistry.MaxItemAttempts, site.Hits("/gone.html"));
        Assert.Contains(watching.Lines, l => l.Contains("gone.html: HTTP 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_page_past_the_timeout_a_huge_page_and_a_non_page_fail_alone()
    {
        site.Serve("/slow.html", async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return Articles.Html(Articles.Reporters);
        });
        site.Serve("/huge.html", Reply.Html("<html><body><p>" + new string('x', 3 * 1024 * 1024) + "</p></body></html>"));
        site.Serve("/report.pdf", new Reply(200, Encoding.ASCII.GetBytes("%PDF-1.4 invented"), "application/pdf"));
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario", (site.Url("/slow.html"), "Lenta", null), (site.Url("/huge.html"), "Enorme", null), (site.Url("/report.pdf"), "PDF", null), (site.Url("/a.html"), "Nota", null))));
        using var watching = new Watching(Db, Watching.Fast with { Timeout = TimeSpan.FromSeconds(1), Retries = 1, MaxBytes = 1024 * 1024 });
        watching.Follow(site.Url("/rss.xml"));

        var round = await watching.PollAllAsync();

        var poll = Assert.Single(round.Polls);
        Assert.Equal(1, poll.Stored);
        Assert.Equal(3, poll.Failed);
        Assert.Contains(watching.Lines, l => l.Contains("slow.html: no answer within 1 s", StringComparison.Ordinal));
        Assert.Contains(watching.Lines, l => l.Contains("huge.html: answer is 3 MB, above the 1 MB limit", StringComparison.Ordinal));
        Assert.Contains(watching.Lines, l => l.Contains("report.pdf: not a web page (application/pdf)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirected_item_is_stored_once_and_its_target_is_remembered()
    {
        site.Serve("/old.html", new Reply(301, [], "text/html", new Dictionary<string, string> { ["Location"] = "/new.html" }));
        site.Serve("/new.html", Articles.Html(Articles.Reporters));
        site.Serve("/one.xml", Reply.Xml(Articles.Rss("Uno", (site.Url("/old.html"), "Old address", null))));
        site.Serve("/two.xml", Reply.Xml(Articles.Rss("Dos", (site.Url("/new.html"), "New address", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/one.xml"));
        await watching.PollAllAsync();
        watching.Follow(site.Url("/two.xml"));

        var second = await watching.PollAllAsync();

        Assert.Equal(site.Url("/old.html"), Assert.Single(watching.Documents()).Url);
        Assert.Equal(0, second.Stored);
        Assert.Equal(1, site.Hits("/new.html"));
    }

    [Fact]
    public async Task A_windows_1252_page_is_decoded()
    {
        var latin = CodePagesEncoding();
        site.Serve("/latin.html", new Reply(200, latin.GetBytes(Articles.Page(Articles.Latin1)), "text/html; charset=windows-1252"));
        site.Serve("/latin-unlabelled.html", new Reply(200, latin.GetBytes(Articles.Page(Articles.Latin1).Replace("Comerciantes", "Vendedores", StringComparison.Ordinal)), "text/html"));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario", (site.Url("/latin.html"), "Señalan a funcionario", null), (site.Url("/latin-unlabelled.html"), "Sin charset", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));

        await watching.PollAllAsync();

        var documents = watching.Documents();
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Contains("Acámbaro, Guanajuato.-", d.Text, StringComparison.Ordinal));
        Assert.All(documents, d => Assert.DoesNotContain('\uFFFD', d.Text!));
    }

    public void Dispose()
    {
        site.Dispose();
        folder.Dispose();
    }

    private static DateTimeOffset Due(WatchedSource source) => DateTimeOffset.Parse(source.NextDue, System.Globalization.CultureInfo.InvariantCulture);

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
