using System.Text;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Cuts element nesting beyond <see cref="MaxDepth"/> out of an HTML page before it is parsed:
/// the tags deeper than that are dropped and their text is kept in place. An HTML parser checks the
/// open elements at every tag and the readability pass walks the tree once per level, so a page of
/// 200,000 nested &lt;div&gt; cost the square of its depth; no real article nests that deep.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Deeper than any real page (a few dozen levels), low enough to keep parsing linear.</summary>
    public const int MaxDepth = 256;

    // Elements with no end tag, and those whose end tag may be left out ("<p>a<p>b", "<li>"):
    // they do not count as a level, so a page that never closes its paragraphs is not cut.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    // Their content is text up to their own end tag: a "<div>" inside a script is no element.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The page itself when it nests no deeper than the limit, else a copy with the deeper tags removed.</summary>
    public static string Flatten(string html, int maxDepth = MaxDepth)
    {
        StringBuilder? flat = null;
        var copied = 0;
        var depth = 0;
        var foreignDepth = -1;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0)
        {
            var tag = Tag.Read(html, at);
            if (tag.Name.Length == 0 && !html.AsSpan(at).StartsWith("<!", StringComparison.Ordinal) && !html.AsSpan(at).StartsWith("<?", StringComparison.Ordinal))
            {
                // "<" not opening a tag is text ("a < b").
                at = html.IndexOf('<', at + 1);
                continue;
            }

            var end = tag.Name.Length > 0 ? tag.End : TagEnd(html, at);
            // "<div/>" opens a div in HTML (the slash is ignored); only inside SVG and MathML does it close the element.
            var opensLevel = !tag.Closing && !(tag.SelfClosing && foreignDepth >= 0);
            if (tag.Name.Length > 0 && !Uncounted.Contains(tag.Name) && (tag.Closing || opensLevel))
            {
                var deep = tag.Closing ? depth > maxDepth : depth >= maxDepth;
                if (tag.Closing)
                {
                    depth = Math.Max(0, depth - 1);
                    foreignDepth = depth <= foreignDepth ? -1 : foreignDepth;
                }
                else
                {
                    foreignDepth = foreignDepth < 0 && tag.Name is "svg" or "math" ? depth : foreignDepth;
                    depth++;
                }

                if (deep)
                {
                    flat ??= new StringBuilder(html.Length);
                    flat.Append(html, copied, at - copied);
                    copied = end;
                }
            }

            if (!tag.Closing && Array.Exists(RawText, raw => raw.Equals(tag.Name, StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + tag.Name, end, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length : close;
            }

            at = end < html.Length ? html.IndexOf('<', end) : -1;
        }

        return flat is null ? html : flat.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Where the markup opened at <paramref name="start"/> ends: after "-->" for a comment, after the "&gt;" outside quoted values otherwise.</summary>
    private static int TagEnd(string html, int start)
    {
        if (html.AsSpan(start).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var quote = '\0';
        var afterEquals = false;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c is '"' or '\'' && afterEquals)
            {
                quote = c;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = c == '=';
            }
        }

        return html.Length;
    }

    /// <summary>The element name of a start or end tag; empty for text, comments, doctypes and processing instructions.</summary>
    private readonly record struct Tag(string Name, bool Closing, bool SelfClosing, int End)
    {
        public static Tag Read(string html, int start)
        {
            var i = start + 1;
            var closing = i < html.Length && html[i] == '/';
            if (closing)
            {
                i++;
            }

            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
            {
                i++;
            }

            // "<!...>", "<?...>" and "<" followed by no letter are no element.
            if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                return new Tag("", false, false, -1);
            }

            var end = TagEnd(html, start);
            var selfClosing = !closing && end - 2 > start && html[end - 1] == '>' && html[end - 2] == '/';
            return new Tag(html[nameStart..i].ToLowerInvariant(), closing, selfClosing, end);
        }
    }
}
