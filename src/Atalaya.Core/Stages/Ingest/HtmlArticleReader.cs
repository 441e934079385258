using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Atalaya.Core.Documents;
using SmartReader;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// HTML page to article text: SmartReader (a Readability port) picks the main content; block
/// elements become lines with blank lines between paragraphs so the cleaning stage sees the same
/// shape as a text file. Title, author, date, language and canonical URL come from the page's
/// meta tags. The article text, not the HTML, is the document text all offsets refer to.
/// </summary>
internal static class HtmlArticleReader
{
    private const int MinReadableLength = 80;
    private const string PlaceholderUrl = "https://localhost/article";

    // The readability pass steps from sibling to sibling, and each step searches the parent's
    // children: an element with tens of thousands of children ("<p>x</p>" repeated) cost the square
    // of their number. No article page has so many; such a page is read as plain body text.
    private const int MaxChildrenForReadability = 5000;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption", "figure", "pre", "tr", "table", "header", "footer", "aside", "dd", "dt", "br", "hr",
    };

    private static readonly string[] NoiseTags = ["script", "style", "noscript", "template", "svg", "nav", "form", "iframe", "button"];

    public static (string Text, SourceMetadata Metadata) Read(string html, SourceMetadata given)
    {
        html = HtmlNesting.Flatten(html);
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var url = given.Url ?? Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var metadata = given with
        {
            Url = url,
            Title = given.Title ?? Meta(page, "og:title") ?? Meta(page, "twitter:title") ?? Clean(page.Title),
            Published = given.Published ?? PublishedFromMeta(page),
            Byline = given.Byline ?? Meta(page, "author") ?? Meta(page, "article:author") ?? Meta(page, "byl"),
            DeclaredLanguage = given.DeclaredLanguage ?? page.DocumentElement.GetAttribute("lang") ?? Meta(page, "og:locale"),
            Format = "html",
        };

        var body = WidestChildList(page) <= MaxChildrenForReadability ? ReadableText(html, url) : "";
        if (body.Length < MinReadableLength)
        {
            body = PlainBodyText(page);
        }

        if (body.Length == 0)
        {
            throw new IngestException("HTML page without any text");
        }

        // The title is part of the article as a reader sees it; put it first if the extractor dropped it.
        var text = metadata.Title is { Length: > 0 } title && !body.StartsWith(title, StringComparison.Ordinal)
            ? title + "\n\n" + body
            : body;
        return (text, metadata);
    }

    private static string ReadableText(string html, string? url)
    {
        using var reader = new Reader(Uri.TryCreate(url, UriKind.Absolute, out _) ? url! : PlaceholderUrl, html)
        {
            ContinueIfNotReadable = true,
            Debug = false,
        };
        var article = reader.GetArticle();
        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content))
        {
            return "";
        }

        var parser = new HtmlParser();
        using var content = parser.ParseDocument(article.Content);
        return BlockText(content.Body ?? (INode)content.DocumentElement);
    }

    // The block walk skips scripts, styles and the other noise elements itself.
    private static string PlainBodyText(IHtmlDocument page) => page.Body is null ? "" : BlockText(page.Body);

    private static int WidestChildList(IHtmlDocument page)
    {
        var widest = 0;
        var pending = new Stack<IElement>();
        pending.Push(page.DocumentElement);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            widest = Math.Max(widest, element.ChildNodes.Length);
            foreach (var child in element.Children)
            {
                pending.Push(child);
            }
        }

        return widest;
    }

    /// <summary>Text of each block element on its own paragraph, inline white space collapsed.</summary>
    private static string BlockText(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            var line = current.ToString().Trim();
            if (line.Length > 0)
            {
                paragraphs.Add(line);
            }

            current.Clear();
        }

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element)
                {
                    if (NoiseTags.Contains(element.LocalName, StringComparer.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var block = BlockTags.Contains(element.LocalName);
                    if (block)
                    {
                        Flush();
                    }

                    Walk(element);
                    if (block)
                    {
                        Flush();
                    }
                }
                else if (child.NodeType == NodeType.Text)
                {
                    AppendCollapsed(current, child.TextContent);
                }
            }
        }

        Walk(root);
        Flush();
        return string.Join("\n\n", paragraphs);
    }

    private static void AppendCollapsed(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static string? PublishedFromMeta(IHtmlDocument page)
        => Meta(page, "article:published_time")
            ?? Meta(page, "og:published_time")
            ?? Meta(page, "datePublished")
            ?? Meta(page, "date")
            ?? Meta(page, "pubdate")
            ?? Meta(page, "publish-date")
            ?? Meta(page, "dc.date")
            ?? Meta(page, "DC.date.issued")
            ?? Clean(page.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"))
            ?? Clean(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

    private static string? Meta(IHtmlDocument page, string name)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
