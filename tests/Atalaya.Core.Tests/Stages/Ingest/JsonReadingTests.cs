using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class JsonReadingTests
{
    [Fact]
    public void Single_object_gives_one_document_with_its_fields()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nota.json", """
            {"id": "mx-0042", "url": "https://sur.example/2024/05/07/ataque/", "title": "Ataque en Uruapan",
             "published": "2024-05-07", "byline": "Rosa Villa", "language": "es", "text": "Un ataque armado dejó dos heridos en Uruapan."}
            """);

        var document = Reading.ReadOne(path);

        Assert.Equal("mx-0042", document.Id);
        Assert.Equal(path, document.Source);
        Assert.Equal("Un ataque armado dejó dos heridos en Uruapan.", document.Text);
        Assert.Equal("https://sur.example/2024/05/07/ataque/", document.Metadata.Url);
        Assert.Equal("Ataque en Uruapan", document.Metadata.Title);
        Assert.Equal("2024-05-07", document.Metadata.Published);
        Assert.Equal("Rosa Villa", document.Metadata.Byline);
        Assert.Equal("es", document.Metadata.DeclaredLanguage);
        Assert.Equal("json", document.Metadata.Format);
    }

    [Fact]
    public void Object_without_id_takes_the_file_name_and_author_stands_for_byline()
    {
        using var folder = new TempFolder();
        var document = Reading.ReadOne(folder.Write("sin-id.json", """{"author": "Tom Hale", "text": "Three men were arrested."}"""));

        Assert.Equal("sin-id", document.Id);
        Assert.Equal("Tom Hale", document.Metadata.Byline);
    }

    [Fact]
    public void Numeric_id_is_kept_as_written()
    {
        using var folder = new TempFolder();
        Assert.Equal("42", Reading.ReadOne(folder.Write("n.json", """{"id": 42, "text": "Dos detenidos en Colima."}""")).Id);
    }

    [Fact]
    public void Array_gives_one_document_per_record_with_ids_and_indexed_sources()
    {
        using var folder = new TempFolder();
        var path = folder.Write("lote.json", """
            [
              {"id": "a", "text": "Primera nota."},
              {"text": "Segunda nota."},
              {"text": "Tercera nota."}
            ]
            """);

        var documents = Reading.Read(path).Select(i => i.Document!).ToList();

        Assert.Equal(["a", "lote-2", "lote-3"], documents.Select(d => d.Id));
        Assert.Equal([path + "[0]", path + "[1]", path + "[2]"], documents.Select(d => d.Source));
        Assert.Equal("Tercera nota.", documents[2].Text);
    }

    [Fact]
    public void Bad_record_in_an_array_fails_alone()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mixto.json", """[1, {"text": "Nota válida."}, {"title": "Sin texto"}]""");

        var items = Reading.Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal(path + "[0]", items[0].Failure!.Source);
        Assert.Equal("expected a JSON object, found number", items[0].Failure!.Reason);
        Assert.Equal("Nota válida.", items[1].Document!.Text);
        Assert.Equal(path + "[2]", items[2].Failure!.Source);
    }

    [Fact]
    public void Empty_array_is_a_failure()
    {
        using var folder = new TempFolder();
        Assert.Equal("empty JSON array", Reading.FailOne(folder.Write("vacio.json", "[]")).Reason);
    }

    [Fact]
    public void Json_file_with_byte_order_mark_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.json", [0xEF, 0xBB, 0xBF, .. "{\"text\": \"Nota con BOM.\"}"u8]);

        Assert.Equal("Nota con BOM.", Reading.ReadOne(path).Text);
    }

    [Fact]
    public void Html_field_is_converted_to_text_and_its_meta_tags_fill_missing_fields()
    {
        using var folder = new TempFolder();
        var path = folder.Write("html.json", """
            {"id": "h1", "title": "Título del registro", "html": "<html lang=\"pt\"><head><meta name=\"author\" content=\"Rui Matos\"></head><body><p>Seis pessoas morreram.</p></body></html>"}
            """);

        var document = Reading.ReadOne(path);

        Assert.Equal("Título del registro\n\nSeis pessoas morreram.", document.Text);
        Assert.Equal("Título del registro", document.Metadata.Title);
        Assert.Equal("Rui Matos", document.Metadata.Byline);
        Assert.Equal("pt", document.Metadata.DeclaredLanguage);
        Assert.Equal("json", document.Metadata.Format);
    }

    [Fact]
    public void Text_wins_over_html_when_both_are_given()
    {
        using var folder = new TempFolder();
        var path = folder.Write("ambos.json", """{"text": "Texto plano.", "html": "<p>Texto HTML.</p>"}""");

        Assert.Equal("Texto plano.", Reading.ReadOne(path).Text);
    }
}
