using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Atalaya.Watch;

/// <summary>
/// Feed and sitemap XML to items. RSS 2.0 (and 0.9x) and Atom 1.0 through System.ServiceModel.Syndication;
/// RSS 1.0 (RDF) and XML sitemaps (with Google News tags, and sitemap indexes) read here, since that
/// package reads neither. The XML reader resolves no external entity and processes no DTD, so a
/// hostile feed cannot read local files or expand entities without end.
/// </summary>
internal static class FeedParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Rss10Namespace = "http://purl.org/rss/1.0/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <exception cref="FeedException">Not XML, or XML of no kind read here; the message says which.</exception>
    public static ParsedFeed Parse(byte[] bytes, Uri location)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            });
            reader.MoveToContent();
            return (reader.LocalName, reader.NamespaceURI) switch
            {
                ("rss", _) => Syndicated("rss", new Rss20FeedFormatter { DateTimeParser = LenientDate }, reader, location),
                ("feed", AtomNamespace) => Syndicated("atom", new Atom10FeedFormatter { DateTimeParser = LenientDate }, reader, location),
                ("RDF", RdfNamespace) => Rdf(reader, location),
                ("urlset", _) => Sitemap(reader, location),
                ("sitemapindex", _) => SitemapIndex(reader, location),
                var (name, _) => throw new FeedException($"not a feed or sitemap (root element <{name}>)"),
            };
        }
        catch (XmlException error)
        {
            throw new FeedException($"invalid XML: {error.Message}");
        }
    }

    private static ParsedFeed Syndicated(string kind, SyndicationFeedFormatter formatter, XmlReader reader, Uri location)
    {
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        var outlet = Clean(feed.Title?.Text);
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            // A relative link is resolved against the feed's own address.
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.OriginalString
                ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var permalink) ? permalink.OriginalString : null);
            if (Absolute(link, location) is not { } url)
            {
                continue;
            }

            var published = item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate
                : item.LastUpdatedTime != DateTimeOffset.MinValue ? item.LastUpdatedTime
                : (DateTimeOffset?)null;
            items.Add(new FeedItem(url, Clean(item.Title?.Text), published, outlet, Clean(feed.Language)));
        }

        return new ParsedFeed(kind, outlet, items, []);
    }

    /// <summary>RSS 1.0: channel and items are siblings under rdf:RDF; dates are Dublin Core's dc:date.</summary>
    private static ParsedFeed Rdf(XmlReader reader, Uri location)
    {
        string? outlet = null;
        string? language = null;
        var items = new List<FeedItem>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Rss10Namespace)
            {
                continue;
            }

            if (reader.LocalName == "channel")
            {
                var channel = Children(reader.ReadSubtree());
                outlet = channel.GetValueOrDefault((Rss10Namespace, "title"));
                language = channel.GetValueOrDefault((DublinCore, "language"));
            }
            else if (reader.LocalName == "item")
            {
                var about = reader.GetAttribute("about", RdfNamespace);
                var fields = Children(reader.ReadSubtree());
                var link = fields.GetValueOrDefault((Rss10Namespace, "link")) ?? about;
                if (Absolute(link, location) is { } url)
                {
                    items.Add(new FeedItem(url, fields.GetValueOrDefault((Rss10Namespace, "title")), Date(fields.GetValueOrDefault((DublinCore, "date"))), null, fields.GetValueOrDefault((DublinCore, "language"))));
                }
            }
        }

        return new ParsedFeed("rdf", outlet, [.. items.Select(i => i with { Outlet = outlet, Language = i.Language ?? language })], []);
    }

    /// <summary>A sitemap: each url's loc and lastmod, and a news sitemap's title, publication date, outlet and language.</summary>
    private static ParsedFeed Sitemap(XmlReader reader, Uri location)
    {
        var items = new List<FeedItem>();
        string? outlet = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "url")
            {
                continue;
            }

            var fields = Children(reader.ReadSubtree());
            if (Absolute(fields.GetValueOrDefault((SitemapNamespace, "loc")) ?? fields.GetValueOrDefault(("", "loc")), location) is not { } url)
            {
                continue;
            }

            var name = fields.GetValueOrDefault((NewsNamespace, "name"));
            outlet ??= name;
            var date = Date(fields.GetValueOrDefault((NewsNamespace, "publication_date"))) ?? Date(fields.GetValueOrDefault((SitemapNamespace, "lastmod")));
            items.Add(new FeedItem(url, fields.GetValueOrDefault((NewsNamespace, "title")), date, name, fields.GetValueOrDefault((NewsNamespace, "language"))));
        }

        return new ParsedFeed(items.Any(i => i.Outlet is not null) ? "news-sitemap" : "sitemap", outlet, items, []);
    }

    private static ParsedFeed SitemapIndex(XmlReader reader, Uri location)
    {
        var sitemaps = new List<(Uri Url, DateTimeOffset? Modified)>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sitemap")
            {
                var fields = Children(reader.ReadSubtree());
                if (Absolute(fields.GetValueOrDefault((SitemapNamespace, "loc")) ?? fields.GetValueOrDefault(("", "loc")), location) is { } url)
                {
                    sitemaps.Add((url, Date(fields.GetValueOrDefault((SitemapNamespace, "lastmod")))));
                }
            }
        }

        // The most recently changed first: news sitemaps of a big site are split by day.
        return new ParsedFeed("sitemap-index", null, [], [.. sitemaps.OrderByDescending(s => s.Modified ?? DateTimeOffset.MinValue).Select(s => s.Url)]);
    }

    /// <summary>The text of every element below the current one, by namespace and local name (the first of each); containers such as news:publication are walked into.</summary>
    private static Dictionary<(string Namespace, string Name), string> Children(XmlReader subtree)
    {
        var fields = new Dictionary<(string, string), string>();
        var open = new Stack<((string, string) Key, System.Text.StringBuilder Text)>();
        using (subtree)
        {
            subtree.Read();
            while (subtree.Read())
            {
                switch (subtree.NodeType)
                {
                    case XmlNodeType.Element when !subtree.IsEmptyElement:
                        open.Push(((subtree.NamespaceURI, subtree.LocalName), new System.Text.StringBuilder()));
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when open.Count > 0:
                        open.Peek().Text.Append(subtree.Value);
                        break;
                    case XmlNodeType.EndElement when open.Count > 0:
                        var (key, text) = open.Pop();
                        if (Clean(text.ToString()) is { } value)
                        {
                            fields.TryAdd(key, value);
                        }

                        break;
                }
            }
        }

        return fields;
    }

    /// <summary>An http(s) address, relative ones resolved against the feed's; anything else (mailto:, javascript:) is no item.</summary>
    private static Uri? Absolute(string? link, Uri location)
        => link is not null && Uri.TryCreate(location, link.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;

    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        // A date no reader understands is no reason to lose the item: it is read as no date.
        date = Date(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }

    private static readonly string[] Rfc822Forms =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "ddd, dd MMM yyyy HH:mm:ss",
    ];

    /// <summary>W3C/ISO dates and RFC 822 dates (with GMT, UT or a zone offset); null when neither.</summary>
    internal static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        // RFC 822 zone names .NET does not read: GMT/UT/Z are UTC, the US zones their offsets.
        var zoned = trimmed;
        foreach (var (zone, offset) in new[] { (" GMT", " +00:00"), (" UTC", " +00:00"), (" UT", " +00:00"), (" EST", " -05:00"), (" EDT", " -04:00"), (" CST", " -06:00"), (" CDT", " -05:00"), (" MST", " -07:00"), (" MDT", " -06:00"), (" PST", " -08:00"), (" PDT", " -07:00") })
        {
            if (zoned.EndsWith(zone, StringComparison.OrdinalIgnoreCase))
            {
                zoned = zoned[..^zone.Length] + offset;
                break;
            }
        }

        return DateTimeOffset.TryParseExact(zoned, Rfc822Forms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out parsed)
            ? parsed
            : null;
    }

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}

/// <summary>A feed or sitemap that cannot be read; the message says why.</summary>
public sealed class FeedException(string message) : Exception(message);
