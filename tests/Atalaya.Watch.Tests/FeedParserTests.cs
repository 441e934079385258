using System.Text;

namespace Atalaya.Watch.Tests;

public sealed class FeedParserTests
{
    private static readonly Uri Location = new("http://127.0.0.1:8080/feeds/main.xml");

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), Location);

    [Fact]
    public void Rss_items_keep_their_order_relative_links_resolve_and_odd_dates_are_read_or_left_out()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>El Vigía Inventado</title><language>es-mx</language>
            <item><title>Primera</title><link>/notas/1.html</link><pubDate>Tue, 1 Dec 2026 14:05:00 CST</pubDate></item>
            <item><title>Segunda</title><guid isPermaLink="true">http://127.0.0.1:8080/notas/2.html</guid><pubDate>ayer por la tarde</pubDate></item>
            <item><title>Sin enlace</title><link>javascript:alert(1)</link></item>
            </channel></rss>
            """);

        Assert.Equal("rss", feed.Kind);
        Assert.Equal("El Vigía Inventado", feed.Outlet);
        Assert.Equal(["http://127.0.0.1:8080/notas/1.html", "http://127.0.0.1:8080/notas/2.html"], feed.Items.Select(i => i.Url.ToString()));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 5, 0, TimeSpan.FromHours(-6)), feed.Items[0].Published);
        Assert.Null(feed.Items[1].Published);
        Assert.Equal("es-mx", feed.Items[0].Language);
    }

    [Fact]
    public void Atom_rdf_and_news_sitemaps_give_title_date_and_outlet()
    {
        var atom = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Tribune</title><id>urn:x</id><updated>2026-12-01T00:00:00Z</updated>
            <entry><title>One</title><id>urn:1</id><link href="http://127.0.0.1:8080/one"/><updated>2026-12-02T10:00:00Z</updated></entry></feed>
            """);
        var rdf = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="x"><title>Jornal</title></channel>
            <item rdf:about="http://127.0.0.1:8080/um"><title>Um</title><link>http://127.0.0.1:8080/um</link><dc:date>2026-12-03</dc:date></item></rdf:RDF>
            """);
        var news = Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>http://127.0.0.1:8080/n</loc><news:news><news:publication><news:name>Noticias</news:name><news:language>es</news:language></news:publication>
            <news:publication_date>2026-12-04T08:00:00-06:00</news:publication_date><news:title>Nota</news:title></news:news></url></urlset>
            """);

        Assert.Equal(("atom", "Tribune", "One", 2), (atom.Kind, atom.Outlet, atom.Items[0].Title, atom.Items[0].Published!.Value.Day));
        Assert.Equal(("rdf", "Jornal", "Um", 3), (rdf.Kind, rdf.Outlet, rdf.Items[0].Title, rdf.Items[0].Published!.Value.Day));
        Assert.Equal(("news-sitemap", "Noticias", "Nota", "es"), (news.Kind, news.Items[0].Outlet, news.Items[0].Title, news.Items[0].Language));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.FromHours(-6)), news.Items[0].Published);
    }

    [Fact]
    public void A_sitemap_index_lists_its_sitemaps_most_recently_changed_first()
    {
        var index = Parse("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>http://127.0.0.1:8080/old.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
            <sitemap><loc>http://127.0.0.1:8080/new.xml</loc><lastmod>2026-12-01</lastmod></sitemap></sitemapindex>
            """);

        Assert.Equal(["http://127.0.0.1:8080/new.xml", "http://127.0.0.1:8080/old.xml"], index.Sitemaps.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>x</title><item>", "invalid XML")]
    [InlineData("<html><body>not a feed</body></html>", "not a feed or sitemap (root element <html>)")]
    [InlineData("", "invalid XML")]
    public void Xml_that_is_no_feed_is_refused_with_the_reason(string xml, string reason)
        => Assert.Contains(reason, Assert.Throws<FeedException>(() => Parse(xml)).Message, StringComparison.Ordinal);

    [Fact]
    public void Entities_of_a_dtd_are_not_expanded()
    {
        const string Laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&c;&d;</title></channel></rss>
            """;

        var error = Record.Exception(() => Parse(Laughs));

        Assert.True(error is null or FeedException, error?.ToString());
    }
}
