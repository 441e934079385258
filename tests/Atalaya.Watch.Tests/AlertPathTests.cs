using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Atalaya.Storage.Alerts;
using Atalaya.Watch.Tests.Support;

namespace Atalaya.Watch.Tests;

/// <summary>
/// Alerts are raised by every consolidation, whichever path stored the documents: 'ingest', POST
/// /api/documents of 'serve', a 'worker' of the queue, a 'watch'. The real program end to end, on both
/// engines: a matching event alerts once; the same documents again raise nothing; a report that merges
/// into an alerted event (stored by another path too) is an update of its count, never a second alert;
/// a question the event does not answer never alerts; webhooks receive each alert once.
/// </summary>
public abstract class AlertPathTests : IDisposable
{
    private const string Bajio = "state=Guanajuato type=Battles min_fatalities=3";
    private const string Key = "test-key-for-alert-paths";

    private protected LocalSite Site { get; } = new();

    protected TempFolder Folder { get; } = new();

    /// <summary>A new empty database of the engine under test.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public async Task Ingest_alerts_a_matching_event_once_and_a_merged_report_as_an_update_of_its_count()
    {
        var db = NewDatabase();
        Site.Serve("/hook", Reply.Code(204));
        var first = Folder.Folder("first");
        File.WriteAllText(Path.Combine(first, "clash.html"), Articles.Page(Articles.ClashFive));
        File.WriteAllText(Path.Combine(first, "reporters.html"), Articles.Page(Articles.Reporters));
        var second = Folder.Folder("second");
        File.WriteAllText(Path.Combine(second, "clash-again.html"), Articles.Page(Articles.ClashThree));
        await SaveQuestions(db);

        var stored = await Run("ingest", first, "--db", db);
        var again = await Run("ingest", first, "--db", db);
        var merged = await Run("ingest", second, "--db", db);
        var list = await Run("alerts", "list", "--db", db);

        Assert.Single(AlertLines(stored), l => l.Contains("alert 'bajio': Battles", StringComparison.Ordinal));
        Assert.Empty(AlertLines(again));
        Assert.Contains("fatalities 5 -> 3", Assert.Single(AlertLines(merged)), StringComparison.Ordinal);
        Assert.Contains("2 alerts since", list.StdOut, StringComparison.Ordinal);
        AssertBajioAlertedOnceThenUpdated(db);
        await AssertHooksAsync(["new", "update"]);
    }

    [Fact]
    public async Task Documents_posted_to_the_workbench_raise_the_same_alerts_as_an_ingest()
    {
        var db = NewDatabase();
        Site.Serve("/hook", Reply.Code(204));
        await Run("ingest", Folder.Write("seed.html", Articles.Page(Articles.Blockade)), "--db", db);
        await SaveQuestions(db);

        using var server = await Served.StartAsync(db);
        var created = await server.PostAsync(Articles.ClashFive, "https://diario.example/clash");
        var repeated = await server.PostAsync(Articles.ClashFive, "https://diario.example/clash");
        var other = await server.PostAsync(Articles.Reporters, "https://diario.example/reporters");
        var merged = await server.PostAsync(Articles.ClashThree, "https://diario.example/clash-again");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Created), (created, repeated, other, merged));
        await AssertHooksAsync(["new", "update"]);
        AssertBajioAlertedOnceThenUpdated(db);
    }

    [Fact]
    public async Task A_report_that_another_path_stores_updates_the_alert_and_raises_no_second_one()
    {
        var db = NewDatabase();
        Site.Serve("/hook", Reply.Code(204));
        Site.Serve("/e.html", Articles.Html(Articles.ClashThree));
        Site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (Site.Url("/e.html"), "e", null))));
        await SaveQuestions(db);
        await Run("sources", "add", Site.Url("/rss.xml"), "--db", db);

        var stored = await Run("ingest", Folder.Write("clash.html", Articles.Page(Articles.ClashFive)), "--db", db);
        var watched = await Run("watch", "--once", "--db", db, "--host-delay", "0.01", "--retry-delay", "0.05");
        var again = await Run("ingest", Folder.File("clash.html"), "--db", db);
        var rewatched = await Run("watch", "--once", "--db", db, "--host-delay", "0.01", "--retry-delay", "0.05");

        Assert.Single(AlertLines(stored));
        Assert.Contains("alert 'bajio': Update:", watched.StdErr, StringComparison.Ordinal);
        Assert.Contains("1 alerts raised (1 sent to webhooks, 0 not)", watched.StdErr, StringComparison.Ordinal);
        Assert.Empty(AlertLines(again));
        Assert.Contains("0 alerts raised", rewatched.StdErr, StringComparison.Ordinal);
        AssertBajioAlertedOnceThenUpdated(db);
        await AssertHooksAsync(["new", "update"]);
    }

    public void Dispose()
    {
        Site.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>bajio (the Guanajuato clash answers it, with a webhook), norte (nothing answers it) and a question of many dead (the clash does not reach it).</summary>
    protected async Task SaveQuestions(string db)
    {
        await Run("alerts", "add", "bajio", "--where", Bajio, "--webhook", Site.Url("/hook"), "--db", db);
        await Run("alerts", "add", "norte", "--where", "state=Chihuahua", "--webhook", Site.Url("/hook"), "--db", db);
        await Run("alerts", "add", "masacre", "--where", "min_fatalities=20", "--db", db);
    }

    protected static void AssertBajioAlertedOnceThenUpdated(string db)
    {
        using var book = AlertBook.Open(db);
        var entries = book.Entries("bajio", 10);
        Assert.Equal([AlertKind.Update, AlertKind.New], entries.Select(e => e.Kind));
        Assert.Equal(entries[0].Event.Id, entries[1].Event.Id);
        Assert.Equal((3, 5), (entries[0].Fatalities, entries[0].PreviousFatalities));
        Assert.Empty(book.Entries("norte", 10));
        Assert.Empty(book.Entries("masacre", 10));
    }

    /// <summary>The webhook received these kinds of alert, each once, in order (a POST made after the answer is waited for).</summary>
    protected async Task AssertHooksAsync(string[] kinds)
    {
        var waited = Stopwatch.StartNew();
        while (Hooks().Count < kinds.Length && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }

        // Anything more would come right after: a double delivery must not slip by.
        await Task.Delay(500);
        Assert.Equal(kinds, Hooks().Select(h => h.RootElement.GetProperty("kind").GetString()));
        Assert.All(Hooks(), h => Assert.Equal("bajio", h.RootElement.GetProperty("alert").GetString()));
    }

    protected static List<string> AlertLines(CliResult result)
        => [.. result.StdErr.Split('\n').Where(l => l.Contains("alert '", StringComparison.Ordinal))];

    protected static async Task<CliResult> Run(params string[] args)
    {
        var result = await AtalayaCli.RunAsync(args, timeout: TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, $"atalaya {string.Join(' ', args)}: {result}");
        return result;
    }

    private List<System.Text.Json.JsonDocument> Hooks()
        => [.. Site.Requests.Where(r => r.Path == "/hook").Select(r => System.Text.Json.JsonDocument.Parse(r.Body!))];

    /// <summary>'atalaya serve' with writes allowed, on a free port of this machine.</summary>
    private sealed class Served : IDisposable
    {
        private readonly Process process;
        private readonly HttpClient client;

        private Served(Process process, HttpClient client)
        {
            this.process = process;
            this.client = client;
        }

        public static async Task<Served> StartAsync(string db)
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            var process = AtalayaCli.Start(["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"], environment: new Dictionary<string, string> { ["ATALAYA_API_KEY"] = Key });
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(3) };
            var served = new Served(process, client);
            var waited = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var answer = await client.GetAsync(new Uri("/api/alerts", UriKind.Relative));
                    if (answer.IsSuccessStatusCode)
                    {
                        return served;
                    }
                }
                catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
                {
                }

                if (process.HasExited)
                {
                    Assert.Fail("atalaya serve ended: " + await process.StandardError.ReadToEndAsync());
                }

                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "atalaya serve did not answer within 2 minutes");
                await Task.Delay(200);
            }
        }

        public async Task<HttpStatusCode> PostAsync(Article article, string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
            {
                Content = JsonContent.Create(new { title = article.Title, text = article.Title + "\n\n" + string.Join("\n\n", article.Paragraphs), url, published = article.Published, source = "Diario Inventado" }),
            };
            request.Headers.Add("X-Api-Key", Key);
            using var answer = await client.SendAsync(request);
            return answer.StatusCode;
        }

        public void Dispose()
        {
            client.Dispose();
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }
    }
}

public sealed class SqliteAlertPathTests : AlertPathTests
{
    protected override string NewDatabase() => Folder.File($"alerts-{Guid.NewGuid():N}.db");
}

[Collection(UsesPostgresServer.Name)]
public sealed class PostgresAlertPathTests(PostgresServer server) : AlertPathTests
{
    protected override string NewDatabase() => server.NewDatabaseUri();

    [Fact]
    public async Task Workers_of_the_queue_alert_a_matching_event_once_and_a_merged_report_as_an_update()
    {
        var db = NewDatabase();
        Site.Serve("/hook", Reply.Code(204));
        await Run("ingest", Folder.Write("seed.html", Articles.Page(Articles.Blockade)), "--db", db);
        await SaveQuestions(db);
        var clash = Folder.Write("clash.html", Articles.Page(Articles.ClashFive));
        var reporters = Folder.Write("reporters.html", Articles.Page(Articles.Reporters));
        var merged = Folder.Write("clash-again.html", Articles.Page(Articles.ClashThree));

        await Run("submit", clash, reporters, "--db", db);
        var worked = await Run("worker", "--until-idle", "--db", db);
        await Run("submit", clash, "--db", db);
        var idle = await Run("worker", "--until-idle", "--db", db);
        await Run("submit", merged, "--db", db);
        var updated = await Run("worker", "--until-idle", "--db", db);

        Assert.Single(AlertLines(worked));
        Assert.Empty(AlertLines(idle));
        Assert.Contains("fatalities 5 -> 3", Assert.Single(AlertLines(updated)), StringComparison.Ordinal);
        AssertBajioAlertedOnceThenUpdated(db);
        await AssertHooksAsync(["new", "update"]);
    }
}
