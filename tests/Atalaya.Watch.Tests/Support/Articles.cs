using System.Net;
using System.Text;

namespace Atalaya.Watch.Tests.Support;

/// <summary>
/// Invented articles (written for these tests, in Spanish, English, Portuguese and German) and the
/// feeds and sitemaps that list them. Two Spanish reports tell one invented clash with different
/// counts, so that consolidation merges them into one event.
/// </summary>
internal static class Articles
{
    public static readonly Article ClashFive = new(
        "Enfrentamiento armado en Salvatierra deja cinco muertos",
        "es",
        "2026-12-02T09:00:00-06:00",
        [
            "Salvatierra, Guanajuato.- Cinco hombres armados murieron el martes 1 de diciembre durante un enfrentamiento con policías estatales en la comunidad de San Nicolás de los Agustinos, en el municipio de Salvatierra, informó la Secretaría de Seguridad del estado.",
            "De acuerdo con el reporte, los agentes fueron recibidos a balazos cuando atendían una denuncia anónima. Un policía resultó herido y fue llevado a un hospital de Celaya.",
        ]);

    public static readonly Article ClashThree = new(
        "Balacera en Salvatierra: tres abatidos",
        "es",
        "2026-12-02T11:30:00-06:00",
        [
            "Salvatierra, Guanajuato.- Tres presuntos delincuentes fueron abatidos el martes 1 de diciembre en un enfrentamiento con policías estatales en la comunidad de San Nicolás de los Agustinos, municipio de Salvatierra.",
            "Las autoridades indicaron que un agente resultó lesionado durante la balacera y que se aseguraron tres armas largas en el lugar.",
        ]);

    public static readonly Article Reporters = new(
        "Two reporters abducted in Durango",
        "en",
        "2026-12-03T08:00:00Z",
        [
            "Gunmen abducted two local reporters on Wednesday in the town of Cuencamé, in the northern state of Durango, according to the state prosecutor's office.",
            "The reporters had been covering a land dispute. Colleagues said they were taken from their car at a roadblock outside the town.",
        ]);

    public static readonly Article Arrests = new(
        "Polícia prende quatro suspeitos em Huetamo",
        "pt",
        null,
        [
            "A polícia estadual de Michoacán prendeu quatro suspeitos na quinta-feira, 3 de dezembro de 2026, na cidade de Huetamo, no México, e apreendeu fuzis e munição, informou a procuradoria do estado.",
            "Segundo as autoridades, os detidos foram levados para a capital do estado para prestar depoimento.",
        ]);

    public static readonly Article Blockade = new(
        "Straßenblockaden nach Festnahme in Zacatecas",
        "de",
        "2026-12-04T07:15:00+01:00",
        [
            "Nach der Festnahme eines mutmaßlichen Bandenchefs haben Bewaffnete am Donnerstag mehrere Straßen im Bundesstaat Zacatecas mit brennenden Lastwagen blockiert, teilten die Behörden mit.",
            "Verletzte wurden nach Angaben der Polizei nicht gemeldet. Die Blockaden wurden am Abend geräumt.",
        ]);

    /// <summary>Written in Windows-1252 (the bytes of ñ, á, ó are not UTF-8).</summary>
    public static readonly Article Latin1 = new(
        "Señalan a funcionario por extorsión en Acámbaro",
        "es",
        "2026-12-05T10:00:00-06:00",
        [
            "Acámbaro, Guanajuato.- Comerciantes del mercado municipal señalaron a un funcionario de cobrar cuotas de extorsión, informó la fiscalía, que abrió una investigación el viernes.",
            "Según los denunciantes, el cobro se hacía cada semana desde octubre y quien se negaba recibía amenazas.",
        ]);

    public static string Page(Article article, bool withDate = true)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo($"<!doctype html><html lang=\"{article.Language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(article.Title)}</title>"));
        if (withDate && article.Published is { } published)
        {
            html.Append(CultureInfo($"<meta property=\"article:published_time\" content=\"{published}\">"));
        }

        html.Append("</head><body><nav><a href=\"/\">Portada</a></nav><article>");
        html.Append(CultureInfo($"<h1>{WebUtility.HtmlEncode(article.Title)}</h1>"));
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append(CultureInfo($"<p>{WebUtility.HtmlEncode(paragraph)}</p>"));
        }

        html.Append("</article></body></html>");
        return html.ToString();
    }

    public static Reply Html(Article article, bool withDate = true) => Reply.Html(Page(article, withDate));

    /// <summary>An RSS 2.0 feed of (link, title, RFC 822 date or null) items.</summary>
    public static string Rss(string outlet, params (string Link, string Title, string? Date)[] items)
        => $"""
           <?xml version="1.0" encoding="utf-8"?>
           <rss version="2.0"><channel><title>{Escape(outlet)}</title><link>http://127.0.0.1/</link><description>invented</description>
           {string.Concat(items.Select(i => $"<item><title>{Escape(i.Title)}</title><link>{Escape(i.Link)}</link>{(i.Date is null ? "" : $"<pubDate>{i.Date}</pubDate>")}<guid isPermaLink=\"false\">{Escape(i.Link)}#guid</guid></item>"))}
           </channel></rss>
           """;

    public static string Atom(string outlet, params (string Link, string Title, string? Date)[] items)
        => $"""
           <?xml version="1.0" encoding="utf-8"?>
           <feed xmlns="http://www.w3.org/2005/Atom"><title>{Escape(outlet)}</title><id>urn:test:feed</id><updated>2026-12-05T00:00:00Z</updated>
           {string.Concat(items.Select(i => $"<entry><title>{Escape(i.Title)}</title><id>urn:test:{Escape(i.Link)}</id><link rel=\"alternate\" href=\"{Escape(i.Link)}\"/><updated>{i.Date ?? "2026-12-05T00:00:00Z"}</updated>{(i.Date is null ? "" : $"<published>{i.Date}</published>")}</entry>"))}
           </feed>
           """;

    public static string Rdf(string outlet, params (string Link, string Title, string? Date)[] items)
        => $"""
           <?xml version="1.0" encoding="utf-8"?>
           <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
           <channel rdf:about="http://127.0.0.1/"><title>{Escape(outlet)}</title><link>http://127.0.0.1/</link><description>invented</description></channel>
           {string.Concat(items.Select(i => $"<item rdf:about=\"{Escape(i.Link)}\"><title>{Escape(i.Title)}</title><link>{Escape(i.Link)}</link>{(i.Date is null ? "" : $"<dc:date>{i.Date}</dc:date>")}</item>"))}
           </rdf:RDF>
           """;

    public static string Sitemap(params (string Link, string? Modified)[] urls)
        => $"""
           <?xml version="1.0" encoding="UTF-8"?>
           <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
           {string.Concat(urls.Select(u => $"<url><loc>{Escape(u.Link)}</loc>{(u.Modified is null ? "" : $"<lastmod>{u.Modified}</lastmod>")}</url>"))}
           </urlset>
           """;

    public static string NewsSitemap(string outlet, params (string Link, string Title, string Date)[] urls)
        => $"""
           <?xml version="1.0" encoding="UTF-8"?>
           <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
           {string.Concat(urls.Select(u => $"<url><loc>{Escape(u.Link)}</loc><news:news><news:publication><news:name>{Escape(outlet)}</news:name><news:language>es</news:language></news:publication><news:publication_date>{u.Date}</news:publication_date><news:title>{Escape(u.Title)}</news:title></news:news></url>"))}
           </urlset>
           """;

    public static string SitemapIndex(params string[] sitemaps)
        => $"""
           <?xml version="1.0" encoding="UTF-8"?>
           <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
           {string.Concat(sitemaps.Select(s => $"<sitemap><loc>{Escape(s)}</loc></sitemap>"))}
           </sitemapindex>
           """;

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}

internal sealed record Article(string Title, string Language, string? Published, IReadOnlyList<string> Paragraphs);
