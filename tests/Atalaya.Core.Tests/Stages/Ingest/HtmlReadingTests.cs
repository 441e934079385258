using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class HtmlReadingTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="es-MX">
        <head>
        <meta charset="utf-8">
        <title>Bloqueos en Culiacán | Diario del Norte</title>
        <meta property="og:title" content="Bloqueos e incendios paralizan Culiacán">
        <meta property="article:published_time" content="2024-03-12T10:00:00-06:00">
        <meta name="author" content="Ana Ruiz">
        <meta property="og:url" content="https://norte.example/seguridad/bloqueos-culiacan">
        <style>body { color: darkred; } .STYLE_MARKER { display: none; }</style>
        <script>var tracking = "SCRIPT_MARKER";</script>
        </head>
        <body>
        <nav><a href="/">Inicio</a> <a href="/seguridad">NAV_MARKER Seguridad</a></nav>
        <article>
        <h1>Bloqueos e incendios paralizan Culiacán</h1>
        <p>Hombres armados incendiaron al menos doce vehículos y bloquearon las principales avenidas de Culiacán durante la mañana del martes, según la secretaría de seguridad del estado.</p>
        <p>Las autoridades pidieron a los habitantes no salir de sus casas mientras militares y policías recorrían la ciudad. Las clases fueron suspendidas en todas las escuelas del municipio.</p>
        <p>Al mediodía, la fiscalía informó que no había personas heridas y que la circulación se había restablecido en la mayor parte de la ciudad.</p>
        </article>
        <footer>Diario del Norte, todos los derechos reservados.</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Main_text_is_extracted_without_scripts_styles_or_navigation()
    {
        using var folder = new TempFolder();
        var document = Reading.ReadOne(folder.Write("bloqueos-culiacan.html", Page));

        Assert.Equal("bloqueos-culiacan", document.Id);
        Assert.Contains("Hombres armados incendiaron al menos doce vehículos", document.Text, StringComparison.Ordinal);
        Assert.Contains("Las clases fueron suspendidas en todas las escuelas del municipio.", document.Text, StringComparison.Ordinal);
        Assert.Contains("la circulación se había restablecido", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SCRIPT_MARKER", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("STYLE_MARKER", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NAV_MARKER", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_become_lines_separated_by_a_blank_line_and_the_title_comes_first()
    {
        using var folder = new TempFolder();
        var text = Reading.ReadOne(folder.Write("bloqueos.html", Page)).Text;

        Assert.StartsWith("Bloqueos e incendios paralizan Culiacán\n\n", text, StringComparison.Ordinal);
        var lines = text.Split("\n\n");
        Assert.Contains(lines, l => l.StartsWith("Hombres armados incendiaron", StringComparison.Ordinal) && l.EndsWith("seguridad del estado.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Las autoridades pidieron", StringComparison.Ordinal) && l.EndsWith("del municipio.", StringComparison.Ordinal));
    }

    [Fact]
    public void Meta_tags_fill_the_metadata()
    {
        using var folder = new TempFolder();
        var metadata = Reading.ReadOne(folder.Write("bloqueos.html", Page)).Metadata;

        Assert.Equal("html", metadata.Format);
        Assert.Equal("Bloqueos e incendios paralizan Culiacán", metadata.Title);
        Assert.Equal("2024-03-12T10:00:00-06:00", metadata.Published);
        Assert.Equal("Ana Ruiz", metadata.Byline);
        Assert.Equal("es-MX", metadata.DeclaredLanguage);
        Assert.Equal("https://norte.example/seguridad/bloqueos-culiacan", metadata.Url);
        Assert.Equal("utf-8", metadata.Encoding);
    }

    [Fact]
    public void Html_metadata_reaches_the_header_and_the_language()
    {
        using var folder = new TempFolder();
        var document = Reading.ReadOne(folder.Write("bloqueos.html", Page));

        var analyzed = Some.Pipeline.Analyze(document).Document;
        var header = analyzed.Get(Annotations.Header);
        Assert.Equal("2024-03-12", header.Published.ToString());
        Assert.Equal("metadata", header.PublishedFrom);
        Assert.Equal("Ana Ruiz", header.Byline);
        Assert.Null(header.BylineSpan);
        Assert.Equal("Bloqueos e incendios paralizan Culiacán", header.Title);
        Assert.Equal(header.Title, header.TitleSpan!.Value.Slice(document.Text));
        Assert.Equal("es", analyzed.Get(Annotations.Language).Code);
    }

    [Fact]
    public void Htm_page_without_og_title_takes_the_title_element_and_a_short_body_is_read_plainly()
    {
        using var folder = new TempFolder();
        const string page = """
            <html><head><title>Tiroteo en Celaya</title><script>var x = "SCRIPT_MARKER";</script></head>
            <body><nav>NAV_MARKER</nav><p>Dos heridos.</p><p>Sin detenidos.</p></body></html>
            """;

        var document = Reading.ReadOne(folder.Write("tiroteo.htm", page));

        Assert.Equal("Tiroteo en Celaya", document.Metadata.Title);
        Assert.Equal("Tiroteo en Celaya\n\nDos heridos.\n\nSin detenidos.", document.Text);
        Assert.Null(document.Metadata.DeclaredLanguage);
        Assert.Null(document.Metadata.Published);
    }

    [Fact]
    public void Time_element_gives_the_date_when_no_meta_tag_does()
    {
        using var folder = new TempFolder();
        const string page = """
            <html><body><p>Un incendio destruyó un mercado en Uruapan. <time datetime="2023-08-14">14 de agosto</time></p></body></html>
            """;

        Assert.Equal("2023-08-14", Reading.ReadOne(folder.Write("incendio.html", page)).Metadata.Published);
    }

    [Fact]
    public void Page_without_any_text_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("vacia.html", "<html><head><script>var a = 1;</script></head><body><nav><ul><li></li></ul></nav></body></html>");

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.Contains("without any text", failure.Reason, StringComparison.Ordinal);
    }
}
