using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class TextFileReadingTests
{
    private const string Article = "Asaltan una gasolinera en Irapuato\n\nDos hombres armados robaron la caja de una gasolinera en Irapuato la noche del viernes.\n";

    [Theory]
    [InlineData("asalto-irapuato.txt")]
    [InlineData("asalto-irapuato.md")]
    public void Text_file_is_read_whole_with_the_file_name_as_id(string name)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, Article);

        var item = Assert.Single(Reading.Read(path));

        var document = item.Document!;
        Assert.Equal("asalto-irapuato", document.Id);
        Assert.Equal(path, document.Source);
        Assert.Equal(Article, document.Text);
        Assert.Equal("text", document.Metadata.Format);
        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Equal(new FileInfo(path).Length, item.Bytes);
    }

    [Fact]
    public void File_named_explicitly_is_read_whatever_its_extension()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nota.log", Article);

        Assert.Equal(Article, Reading.ReadOne(path).Text);
    }

    [Fact]
    public void Markdown_is_kept_as_written()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nota.md", "# Robo en Irapuato\n\n*Dos* hombres armados robaron una gasolinera.\n");

        Assert.Equal("# Robo en Irapuato\n\n*Dos* hombres armados robaron una gasolinera.\n", Reading.ReadOne(path).Text);
    }

    [Fact]
    public void Several_paths_are_read_in_the_order_given()
    {
        using var folder = new TempFolder();
        var second = folder.Write("b.txt", "Segunda nota sobre el robo.");
        var first = folder.Write("a.txt", "Primera nota sobre el robo.");

        var ids = Reading.Read(second, first).Select(i => i.Document!.Id);

        Assert.Equal(["b", "a"], ids);
    }

    [Fact]
    public void Missing_path_is_a_failure_naming_it_and_reading_goes_on()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-existe.txt");
        var present = folder.Write("existe.txt", "Una nota que sí existe.");

        var items = Reading.Read(missing, present);

        Assert.Equal(2, items.Count);
        Assert.Equal(missing, items[0].Failure!.Source);
        Assert.Equal("no such file or folder", items[0].Failure!.Reason);
        Assert.Equal("existe", items[1].Document!.Id);
    }

    [Fact]
    public void Total_bytes_counts_files_and_supported_files_in_folders()
    {
        using var folder = new TempFolder();
        var single = folder.Write("uno.txt", "12345");
        folder.Write("dir/dos.txt", "1234567890");
        folder.Write("dir/ignorado.pdf", "123");

        Assert.Equal(15, DocumentReader.TotalBytes([single, folder.File("dir"), "-", folder.File("falta.txt")]));
    }
}
