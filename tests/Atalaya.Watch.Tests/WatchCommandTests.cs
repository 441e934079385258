using Atalaya.Watch.Tests.Support;

namespace Atalaya.Watch.Tests;

/// <summary>
/// The real program end to end: 'sources add', 'alerts add', 'watch --once' twice, 'sources list',
/// 'alerts list', 'status', 'sources remove', against a local site, into a SQLite file and into a
/// PostgreSQL database of a server the tests start.
/// </summary>
public abstract class WatchCommandTests : IDisposable
{
    private readonly LocalSite site = new();

    protected TempFolder Folder { get; } = new();

    /// <summary>A new empty database of the engine under test.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public async Task Watch_once_stores_exactly_the_new_items_then_fetches_nothing_new_and_alerts_once()
    {
        var db = NewDatabase();
        site.Serve("/robots.txt", new Reply(200, "User-agent: *\nDisallow: /privado/\n"u8.ToArray(), "text/plain"));
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/b.html", Articles.Html(Articles.Reporters));
        site.Serve("/privado/c.html", Articles.Html(Articles.Arrests));
        site.Serve("/hook", Reply.Code(200));
        site.ServeWithETag("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (site.Url("/a.html"), "a", null), (site.Url("/b.html"), "b", null), (site.Url("/privado/c.html"), "c", null))), "\"feed-1\"");
        site.Serve("/down.xml", Reply.Code(503));
        string[] fast = ["--host-delay", "0.01", "--retry-delay", "0.05", "--timeout", "10"];

        var added = await Run("sources", "add", site.Url("/rss.xml"), "--name", "Diario Inventado", "--every", "15m", "--db", db);
        await Run("sources", "add", site.Url("/down.xml"), "--db", db);
        var alert = await Run("alerts", "add", "bajio", "--where", "state=Guanajuato type=Battles min_fatalities=3", "--webhook", site.Url("/hook"), "--db", db);
        await Run("alerts", "add", "norte", "--where", "state=Chihuahua", "--db", db);
        var first = await Run(["watch", "--once", "--db", db, .. fast]);
        var second = await Run(["watch", "--once", "--db", db, .. fast]);
        var sources = await Run("sources", "list", "--db", db);
        var alerts = await Run("alerts", "list", "--db", db);
        var status = await Run("status", "--db", db);

        Assert.Contains("following", added.StdOut, StringComparison.Ordinal);
        Assert.Contains("alert 'bajio' saved", alert.StdOut, StringComparison.Ordinal);
        Assert.Contains("Diario Inventado: 3 items, 2 stored, 0 known, 1 refused by robots.txt, 0 failed", first.StdErr, StringComparison.Ordinal);
        Assert.Contains("down.xml: failed: HTTP 503", first.StdErr, StringComparison.Ordinal);
        Assert.Contains("2 sources polled (1 failed), 2 articles stored, 1 alerts raised (1 sent to webhooks, 0 not)", first.StdErr, StringComparison.Ordinal);
        Assert.Contains("Diario Inventado: not modified (304)", second.StdErr, StringComparison.Ordinal);
        Assert.Contains("0 articles stored, 0 alerts raised", second.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, site.Hits("/a.html"));
        Assert.Equal(1, site.Hits("/b.html"));
        Assert.Equal(0, site.Hits("/privado/c.html"));
        Assert.Single(site.Requests, r => r.Path == "/hook");

        Assert.Contains("items stored  2", sources.StdOut, StringComparison.Ordinal);
        Assert.Contains("FAILING (2 polls in a row)", sources.StdOut, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", sources.StdOut, StringComparison.Ordinal);
        Assert.Contains("every         15m", sources.StdOut, StringComparison.Ordinal);
        Assert.Contains("1 alerts since", alerts.StdOut, StringComparison.Ordinal);
        Assert.Contains("Battles (Armed clash)", alerts.StdOut, StringComparison.Ordinal);
        Assert.Contains("(sent)", alerts.StdOut, StringComparison.Ordinal);
        Assert.Contains("0 alerts since", alerts.StdOut, StringComparison.Ordinal);
        Assert.Contains("documents      2", status.StdOut, StringComparison.Ordinal);

        var removed = await Run("sources", "remove", "Diario Inventado", "--db", db);
        var after = await Run("sources", "list", "--db", db);
        Assert.Contains("no longer following", removed.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("Diario Inventado", after.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_sitemaps_of_an_index_are_asked_for_with_their_validators_and_a_second_watch_gets_304s()
    {
        var db = NewDatabase();
        const string Modified = "Wed, 02 Dec 2026 10:00:00 GMT";
        var s1 = new List<(string, string?)> { (site.Url("/a.html"), "2026-12-02") };
        var version = 1;
        var conditional = new System.Collections.Concurrent.ConcurrentQueue<string>();
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/b.html", Articles.Html(Articles.Reporters));
        site.Serve("/c.html", Articles.Html(Articles.Blockade));
        site.Serve("/index.xml", Reply.Xml(Articles.SitemapIndex(site.Url("/s1.xml"), site.Url("/s2.xml"))));
        site.Serve("/s1.xml", request =>
        {
            var etag = $"\"s1-v{Volatile.Read(ref version)}\"";
            conditional.Enqueue($"s1 {request.Headers["If-None-Match"]}");
            return request.Headers["If-None-Match"] == etag
                ? new Reply(304, [], "application/xml", new Dictionary<string, string> { ["ETag"] = etag })
                : Reply.Xml(Articles.Sitemap([.. s1])) with { Headers = new Dictionary<string, string> { ["ETag"] = etag } };
        });
        site.Serve("/s2.xml", request =>
        {
            conditional.Enqueue($"s2 {request.Headers["If-Modified-Since"]}");
            return request.Headers["If-Modified-Since"] == Modified
                ? new Reply(304, [], "application/xml")
                : Reply.Xml(Articles.Sitemap((site.Url("/b.html"), "2026-12-03"))) with { Headers = new Dictionary<string, string> { ["Last-Modified"] = Modified } };
        });
        string[] fast = ["--host-delay", "0.01", "--retry-delay", "0.05", "--timeout", "10"];
        await Run("sources", "add", site.Url("/index.xml"), "--name", "Indice", "--db", db);

        var first = await Run(["watch", "--once", "--db", db, .. fast]);
        var second = await Run(["watch", "--once", "--db", db, .. fast]);
        var askedSecond = conditional.ToArray()[2..];
        s1.Add((site.Url("/c.html"), "2026-12-04"));
        Interlocked.Increment(ref version);
        var third = await Run(["watch", "--once", "--db", db, .. fast]);

        Assert.Contains("Indice: 2 items, 2 stored, 0 known, 0 refused by robots.txt, 0 failed", first.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("not modified", first.StdErr, StringComparison.Ordinal);
        Assert.Equal(["s1 \"s1-v1\"", $"s2 {Modified}"], askedSecond.Order(StringComparer.Ordinal));
        Assert.Contains("Indice: 0 items, 0 stored, 0 known, 0 refused by robots.txt, 0 failed, 2 sitemaps not modified (304)", second.StdErr, StringComparison.Ordinal);
        Assert.Contains("Indice: 2 items, 1 stored, 1 known, 0 refused by robots.txt, 0 failed, 1 sitemaps not modified (304)", third.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, site.Hits("/a.html"));
        Assert.Equal(1, site.Hits("/b.html"));
        Assert.Equal(1, site.Hits("/c.html"));

        // Removing the source forgets its sitemaps too: followed again, the children are asked for in full.
        await Run("sources", "remove", "Indice", "--db", db);
        await Run("sources", "add", site.Url("/index.xml"), "--name", "Indice", "--db", db);
        var again = await Run(["watch", "--once", "--db", db, .. fast]);
        Assert.DoesNotContain("not modified", again.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_polls_until_interrupted_and_then_stops_cleanly()
    {
        var db = NewDatabase();
        site.Serve("/a.html", Articles.Html(Articles.Blockade));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Zeitung", (site.Url("/a.html"), "a", null))));
        await Run("sources", "add", site.Url("/rss.xml"), "--every", "10s", "--db", db);

        using var process = AtalayaCli.Start(["watch", "--db", db, "--host-delay", "0.01"]);
        var lines = new List<string>();
        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            // Two polls of the source: the first stores the article, the second (10 s later) finds nothing new.
            while (lines.Count(l => l.Contains("Zeitung:", StringComparison.Ordinal)) < 2)
            {
                var line = await process.StandardError.ReadLineAsync(limit.Token) ?? throw new InvalidOperationException($"watch ended: {string.Join('\n', lines)}");
                lines.Add(line);
            }
        }

        using (var signal = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await process.WaitForExitAsync(limit.Token);
        }

        lines.AddRange((await process.StandardError.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, process.ExitCode);
        Assert.Contains(lines, l => l.Contains("Zeitung: 1 items, 1 stored", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Zeitung: 1 items, 0 stored, 1 known", StringComparison.Ordinal));
        Assert.Equal("atalaya: watch: stopped", lines[^1]);
        Assert.Equal(1, site.Hits("/a.html"));
    }

    [Fact]
    public async Task A_stage_that_fails_on_one_article_is_reported_and_the_article_is_stored_with_what_the_others_found()
    {
        var db = NewDatabase();
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/b.html", Articles.Html(Articles.Reporters));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario", (site.Url("/a.html"), "a", null), (site.Url("/b.html"), "b", null))));
        await Run("sources", "add", site.Url("/rss.xml"), "--db", db);

        var watch = await AtalayaCli.RunAsync(["watch", "--once", "--db", db, "--host-delay", "0.01"], timeout: TimeSpan.FromMinutes(3), environment: new Dictionary<string, string> { ["ATALAYA_FAIL_STAGE"] = "events:Salvatierra" });
        var status = await Run("status", "--db", db);

        Assert.Equal(0, watch.ExitCode);
        Assert.Contains(watch.ErrorLines, l => l.Contains("a.html: stage 'events' failed on document 'web-", StringComparison.Ordinal));
        Assert.Contains("2 stored", watch.StdErr, StringComparison.Ordinal);
        Assert.Contains("documents      2", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("failed stages  1 document: events", status.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources", "list")]
    [InlineData("sources", "remove", "1")]
    [InlineData("alerts", "list")]
    [InlineData("watch", "--once")]
    public async Task Commands_that_do_not_add_refuse_a_missing_database_and_create_none(params string[] args)
    {
        var db = NewDatabase();

        var result = await AtalayaCli.RunAsync([.. args, "--db", db]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such database", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData(new[] { "sources", "add", "ftp://127.0.0.1/feed.xml" }, "is not an http or https address")]
    [InlineData(new[] { "sources", "add", "http://127.0.0.1/feed.xml", "--every", "1s" }, "is not an interval of at least 10s")]
    [InlineData(new[] { "alerts", "add", "x", "--where", "colour=red" }, "unknown condition 'colour'")]
    [InlineData(new[] { "alerts", "add", "x", "--webhook", "javascript:alert(1)" }, "is not an http or https address")]
    public async Task A_bad_command_line_is_one_line_and_exit_code_1(string[] args, string reason)
    {
        var result = await AtalayaCli.RunAsync([.. args, "--db", NewDatabase()]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        site.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Task<CliResult> Run(params string[] args) => RunChecked(args);

    private static async Task<CliResult> RunChecked(string[] args)
    {
        var result = await AtalayaCli.RunAsync(args, timeout: TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, $"atalaya {string.Join(' ', args)}: {result}");
        return result;
    }
}

public sealed class SqliteWatchCommandTests : WatchCommandTests
{
    protected override string NewDatabase() => Folder.File($"watch-{Guid.NewGuid():N}.db");
}

[Collection(UsesPostgresServer.Name)]
public sealed class PostgresWatchCommandTests(PostgresServer server) : WatchCommandTests
{
    protected override string NewDatabase() => server.NewDatabaseUri();
}
