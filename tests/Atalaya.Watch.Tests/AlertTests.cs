using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Atalaya.Storage.Alerts;
using Atalaya.Watch.Tests.Support;
using Atalaya.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Atalaya.Watch.Tests;

/// <summary>
/// Alerts over what a watch stores: a new matching event alerts once, a report that merges into it
/// raises an update of its count and no second alert, a question it does not answer stays silent;
/// webhooks receive them and the workbench serves them as Atom.
/// </summary>
public abstract class AlertTests : IDisposable
{
    private readonly LocalSite site = new();
    private string? db;

    protected TempFolder Folder { get; } = new();

    private string Db => db ??= NewDatabase();

    /// <summary>A new empty database of the engine under test.</summary>
    protected abstract string NewDatabase();

    [Fact]
    public async Task A_matching_event_alerts_once_a_merged_report_updates_its_count_and_other_questions_stay_silent()
    {
        site.Serve("/hook", Reply.Code(204));
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/b.html", Articles.Html(Articles.Reporters));
        site.Serve("/c.html", Articles.Html(Articles.Arrests));
        site.Serve("/e.html", Articles.Html(Articles.ClashThree));
        var items = new List<(string, string, string?)> { (site.Url("/a.html"), "a", null), (site.Url("/b.html"), "b", null), (site.Url("/c.html"), "c", null) };
        site.Serve("/rss.xml", _ => Reply.Xml(Articles.Rss("Diario Inventado", [.. items])));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));
        using (var book = AlertBook.Open(Db))
        {
            book.Add("guanajuato", AlertConditions.Parse("state=guanajuato type=Battles min_fatalities=3", null), site.Url("/hook"), DateTimeOffset.UtcNow);
            book.Add("words", AlertConditions.Parse("language=es", "san nicolas agustinos"), null, DateTimeOffset.UtcNow);
            book.Add("zacatecas", AlertConditions.Parse("state=Zacatecas", null), null, DateTimeOffset.UtcNow);
            book.Add("many dead", AlertConditions.Parse("min_fatalities=10", null), null, DateTimeOffset.UtcNow);
        }

        var first = await watching.PollAllAsync();
        items.Add((site.Url("/e.html"), "e", null));
        var second = await watching.PollAllAsync();
        var third = await watching.PollAllAsync();

        var raised = Assert.Single(first.Alerts, a => a.Alert == "guanajuato");
        Assert.Equal(AlertKind.New, raised.Kind);
        Assert.Equal(5, raised.Fatalities);
        Assert.Equal("Guanajuato", raised.Event.State);
        Assert.Equal(site.Url("/a.html"), Assert.Single(raised.Event.Documents).Url);
        Assert.Single(first.Alerts, a => a.Alert == "words");
        Assert.DoesNotContain(first.Alerts, a => a.Alert is "zacatecas" or "many dead");

        var update = Assert.Single(second.Alerts, a => a.Alert == "guanajuato");
        Assert.Equal(AlertKind.Update, update.Kind);
        Assert.Equal(raised.Event.Id, update.Event.Id);
        Assert.Equal((3, 5), (update.Fatalities, update.PreviousFatalities));
        Assert.Equal(2, update.Event.Documents.Count);
        Assert.Empty(third.Alerts);

        using (var book = AlertBook.Open(Db))
        {
            Assert.Equal([AlertKind.Update, AlertKind.New], book.Entries("guanajuato", 10).Select(e => e.Kind));
            Assert.Empty(book.Entries("zacatecas", 10));
            Assert.All(book.Entries("guanajuato", 10), e => Assert.NotNull(e.Delivered));
        }

        var hooks = site.Requests.Where(r => r.Path == "/hook").Select(r => r.Body!).ToList();
        Assert.Equal(2, hooks.Count);
        using var posted = JsonDocument.Parse(hooks[0]);
        Assert.Equal("guanajuato", posted.RootElement.GetProperty("alert").GetString());
        Assert.Equal("new", posted.RootElement.GetProperty("kind").GetString());
        Assert.Equal(5, posted.RootElement.GetProperty("event").GetProperty("fatalities").GetInt32());
        using var second_ = JsonDocument.Parse(hooks[1]);
        Assert.Equal("update", second_.RootElement.GetProperty("kind").GetString());
        Assert.Equal(5, second_.RootElement.GetProperty("previous_fatalities").GetInt32());
    }

    [Fact]
    public async Task Events_stored_before_a_question_was_saved_raise_no_alert()
    {
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (site.Url("/a.html"), "a", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));
        await watching.PollAllAsync();
        using (var book = AlertBook.Open(Db))
        {
            book.Add("late", AlertConditions.Parse("state=Guanajuato", null), null, DateTimeOffset.UtcNow);
        }

        var round = await watching.PollAllAsync();

        Assert.Empty(round.Alerts);
    }

    [Fact]
    public async Task A_webhook_that_fails_is_reported_and_tried_again_on_the_next_round()
    {
        var calls = 0;
        site.Serve("/hook", _ => Interlocked.Increment(ref calls) <= 3 ? Reply.Code(500) : Reply.Code(200));
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario Inventado", (site.Url("/a.html"), "a", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));
        using (var book = AlertBook.Open(Db))
        {
            book.Add("any", AlertConditions.Parse("", null), site.Url("/hook"), DateTimeOffset.UtcNow);
        }

        var first = await watching.PollAllAsync();
        var second = await watching.PollAllAsync();

        Assert.Equal(first.Alerts.Count, first.DeliveryFailures);
        Assert.Contains(watching.Lines, l => l.Contains("webhook", StringComparison.Ordinal) && l.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Equal(first.Alerts.Count, second.Delivered);
    }

    [Fact]
    public async Task The_workbench_serves_the_alerts_as_atom_that_the_feed_reader_reads_back()
    {
        site.Serve("/a.html", Articles.Html(Articles.ClashFive));
        site.Serve("/rss.xml", Reply.Xml(Articles.Rss("Diario <Inventado> & Cía", (site.Url("/a.html"), "a", null))));
        using var watching = new Watching(Db);
        watching.Follow(site.Url("/rss.xml"));
        using (var book = AlertBook.Open(Db))
        {
            book.Add("guanajuato", AlertConditions.Parse("state=Guanajuato type=Battles", null), null, DateTimeOffset.UtcNow);
            book.Add("empty", AlertConditions.Parse("state=Zacatecas", null), "http://127.0.0.1:9/hook?token=secret-token", DateTimeOffset.UtcNow);
        }

        await watching.PollAllAsync();
        await using var app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = Db }, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var response = await client.GetAsync(new Uri("/api/alerts.atom?name=guanajuato", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(xml));
        formatter.ReadFrom(xml);
        var entry = Assert.Single(formatter.Feed.Items);
        Assert.StartsWith("Battles", entry.Title.Text, StringComparison.Ordinal);
        Assert.Contains("/event.html?id=V", entry.Links.Single(l => l.RelationshipType is null or "alternate").Uri.ToString(), StringComparison.Ordinal);
        Assert.Contains("Source: Diario <Inventado> & Cía", ((TextSyndicationContent)entry.Summary).Text, StringComparison.Ordinal);

        using var empty = await client.GetAsync(new Uri("/api/alerts.atom?name=empty", UriKind.Relative));
        Assert.Empty(SyndicationFeed.Load(XmlReader.Create(await empty.Content.ReadAsStreamAsync())).Items);
        using var missing = await client.GetAsync(new Uri("/api/alerts.atom?name=nobody", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/alerts", UriKind.Relative)));
        Assert.Equal(2, list.RootElement.GetProperty("alerts").GetArrayLength());
        Assert.Equal(1, list.RootElement.GetProperty("entries").GetArrayLength());
        Assert.DoesNotContain("secret-token", list.RootElement.GetRawText(), StringComparison.Ordinal);
        using var page = await client.GetAsync(new Uri("/alerts.html", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
    }

    public void Dispose()
    {
        site.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAlertTests : AlertTests
{
    protected override string NewDatabase() => Folder.File("alerts.db");
}

[Collection(UsesPostgresServer.Name)]
public sealed class PostgresAlertTests(PostgresServer server) : AlertTests
{
    protected override string NewDatabase() => server.NewDatabaseUri();
}
