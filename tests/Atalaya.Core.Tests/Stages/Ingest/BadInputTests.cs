using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

/// <summary>Every unreadable input becomes a failure naming the source and a reason; nothing throws.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("vacio.txt")]
    [InlineData("vacio.json")]
    public void Empty_file_is_a_failure(string name)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, "");

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal("empty file", failure.Reason);
    }

    [Fact]
    public void White_space_only_file_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("blanco.txt", "  \n\t\r\n   \n");

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.Contains("only white space", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("foto.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.Contains("binary", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_above_the_document_limit_is_a_failure_without_being_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("enorme.txt", new string('a', 2048));

        var item = Assert.Single(Reading.Read(new IngestOptions { MaxDocumentBytes = 1024 }, path));

        Assert.Null(item.Document);
        Assert.Equal(path, item.Failure!.Source);
        Assert.Contains("above", item.Failure.Reason, StringComparison.Ordinal);
        Assert.Contains("limit", item.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal(2048, item.Bytes);
    }

    [Fact]
    public void File_at_the_document_limit_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("justo.txt", new string('a', 1024));

        Assert.NotNull(Assert.Single(Reading.Read(new IngestOptions { MaxDocumentBytes = 1024 }, path)).Document);
    }

    [Fact]
    public void Json_file_above_its_limit_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("grande.json", $"{{\"text\": \"{new string('a', 200)}\"}}");

        var failure = Assert.Single(Reading.Read(new IngestOptions { MaxDocumentBytes = 2 }, path)).Failure;

        Assert.Equal(path, failure!.Source);
        Assert.Contains(".jsonl", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_file_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("roto.json", "{\"text\": \"sin cerrar\"");

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.StartsWith("invalid JSON", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"solo una cadena\"", "string")]
    [InlineData("42", "number")]
    public void Json_that_is_not_an_object_is_a_failure(string json, string kind)
    {
        using var folder = new TempFolder();
        var path = folder.Write("raro.json", json);

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal($"expected a JSON object, found {kind}", failure.Reason);
    }

    [Theory]
    [InlineData("""{"title": "Sin cuerpo"}""")]
    [InlineData("""{"text": "   ", "html": null}""")]
    public void Record_without_text_or_html_is_a_failure(string json)
    {
        using var folder = new TempFolder();
        var path = folder.Write("sin-texto.json", json);

        var failure = Reading.FailOne(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal("record has no non-empty \"text\" or \"html\" field", failure.Reason);
    }

    [Theory]
    [InlineData("""{"text": ["a", "b"]}""", "text", "array")]
    [InlineData("""{"text": "ok", "title": {"es": "x"}}""", "title", "object")]
    [InlineData("""{"text": "ok", "url": true}""", "url", "true")]
    public void Field_of_the_wrong_type_is_a_failure_naming_the_field(string json, string field, string kind)
    {
        using var folder = new TempFolder();
        var path = folder.Write("tipos.jsonl", json + "\n");

        var failure = Reading.FailOne(path);

        Assert.Equal(path + ":1", failure.Source);
        Assert.Equal($"field \"{field}\" must be a string, found {kind}", failure.Reason);
    }

    [Fact]
    public void Number_where_the_text_should_be_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("numero.json", """{"text": 12345}""");

        Assert.Contains("\"text\"", Reading.FailOne(path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_symlink_inside_a_folder_is_a_failure_and_the_folder_is_still_read()
    {
        using var folder = new TempFolder();
        folder.Write("a-buena.txt", "Nota legible sobre un robo.");
        var link = folder.File("b-rota.txt");
        File.CreateSymbolicLink(link, folder.File("no-existe.txt"));
        folder.Write("c-buena.txt", "Otra nota legible.");

        var items = Reading.Read(folder.Path);

        Assert.Equal(3, items.Count);
        Assert.Equal("a-buena", items[0].Document!.Id);
        Assert.Equal(link, items[1].Failure!.Source);
        Assert.StartsWith("cannot read", items[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("c-buena", items[2].Document!.Id);
    }

    [Fact]
    public void Failure_prints_as_source_and_reason()
    {
        Assert.Equal("x.txt: empty file", new IngestFailure("x.txt", "empty file").ToString());
    }
}
