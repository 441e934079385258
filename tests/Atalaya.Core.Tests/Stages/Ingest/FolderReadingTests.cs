using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class FolderReadingTests
{
    [Fact]
    public void Folder_is_read_recursively_files_first_in_ordinal_name_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Nota b.");
        folder.Write("a.md", "Nota a.");
        folder.Write("Z.txt", "Nota Z.");
        folder.Write("sub2/e.txt", "Nota e.");
        folder.Write("sub1/d.html", "<p>Nota d.</p>");
        folder.Write("sub1/c.json", "{\"text\": \"Nota c.\"}");
        folder.Write("sub1/deep/f.jsonl", "{\"text\": \"Nota f.\"}\n");

        var ids = Reading.Read(folder.Path).Select(i => i.Document!.Id);

        Assert.Equal(["Z", "a", "b", "c", "d", "f-1", "e"], ids);
    }

    [Fact]
    public void Unsupported_extensions_and_hidden_files_and_folders_are_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("nota.txt", "Nota visible.");
        folder.Write(".oculta.txt", "Nota oculta.");
        folder.Write(".git/objeto.txt", "Dentro de una carpeta oculta.");
        folder.Write("foto.png", "no es texto");
        folder.Write("hoja.csv", "a,b");
        folder.Write("sin-extension", "texto");

        var items = Reading.Read(folder.Path);

        Assert.Equal("nota", Assert.Single(items).Document!.Id);
    }

    [Fact]
    public void Empty_folder_yields_nothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("vacia"));

        Assert.Empty(Reading.Read(folder.File("vacia")));
    }

    [Fact]
    public void Supported_extensions_are_text_html_json_and_json_lines_in_any_case()
    {
        string[] supported = ["a.txt", "a.TXT", "a.md", "a.htm", "a.xhtml", "a.json", "a.ndjson"];
        string[] unsupported = ["a.pdf", "a.docx", "README", "a.json.bak"];

        Assert.All(supported, name => Assert.True(DocumentReader.IsSupported(name), name));
        Assert.All(unsupported, name => Assert.False(DocumentReader.IsSupported(name), name));
    }

    [Fact]
    public void Reading_is_lazy_and_stops_when_cancelled()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Nota a.");
        folder.Write("b.txt", "Nota b.");
        using var cancel = new CancellationTokenSource();

        using var items = new DocumentReader().Read([folder.Path], cancel.Token).GetEnumerator();
        Assert.True(items.MoveNext());
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => items.MoveNext());
    }
}
