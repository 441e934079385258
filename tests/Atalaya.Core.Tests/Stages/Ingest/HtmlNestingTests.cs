using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class HtmlNestingTests
{
    private const string Paragraph = "<p>Un enfrentamiento en Villa Arroyo dejó tres muertos, informó la Fiscalía del estado el martes por la tarde.</p>";

    private static string Nested(int depth, string inner = Paragraph)
        => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + inner + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_cut_and_the_text_kept()
    {
        var flat = HtmlNesting.Flatten(Nested(HtmlNesting.MaxDepth + 1000));

        Assert.Equal(HtmlNesting.MaxDepth, Count(flat, "<div>"));
        Assert.Equal(HtmlNesting.MaxDepth, Count(flat, "</div>"));
        Assert.Contains(Paragraph, flat, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_within_the_limit_is_left_as_it_is()
    {
        var page = Nested(HtmlNesting.MaxDepth);

        Assert.Same(page, HtmlNesting.Flatten(page));
    }

    [Fact]
    public void Tags_in_scripts_comments_and_quoted_values_and_unclosed_paragraphs_are_no_levels()
    {
        var many = HtmlNesting.MaxDepth * 2;
        var page = "<html><body><script>var s = '" + string.Concat(Enumerable.Repeat("<div>", many)) + "';</script>"
            + "<!-- " + string.Concat(Enumerable.Repeat("<section>", many)) + " -->"
            + "<a title=\"a > b\" href='x'>enlace</a>"
            + string.Concat(Enumerable.Repeat("<p>párrafo sin cierre", many))
            + string.Concat(Enumerable.Repeat("<svg><path d='M0'/></svg>", many))
            + "</body></html>";

        Assert.Same(page, HtmlNesting.Flatten(page));
    }

    [Fact]
    public void A_page_of_200000_nested_divisions_is_read_with_its_article()
    {
        using var folder = new TempFolder();
        var path = folder.Write("anidado.html", Nested(200_000));

        var document = Reading.ReadOne(path);

        Assert.Contains("Un enfrentamiento en Villa Arroyo dejó tres muertos", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_200000_sibling_paragraphs_is_read_whole()
    {
        using var folder = new TempFolder();
        var path = folder.Write("parrafos.html", "<html><body>" + string.Concat(Enumerable.Repeat("<p>x</p>", 200_000)) + Paragraph + "</body></html>");

        var document = Reading.ReadOne(path);

        Assert.EndsWith("informó la Fiscalía del estado el martes por la tarde.", document.Text, StringComparison.Ordinal);
        Assert.Equal(200_001, document.Text.Split("\n\n").Length);
    }
}
