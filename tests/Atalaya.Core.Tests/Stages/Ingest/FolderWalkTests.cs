using System.Diagnostics;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Core.Tests.Stages.Ingest;

/// <summary>
/// What a folder walk does with entries it cannot or should not read: skipped by name (other types,
/// hidden, already read through a link) or reported (special files, names that are not UTF-8); never
/// silent, never blocking, each real file read once.
/// </summary>
public sealed class FolderWalkTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public void Other_types_and_hidden_entries_are_skipped_by_name()
    {
        using var folder = new TempFolder();
        folder.Write("nota.txt", "Roban un camión en Cerro Azul.");
        folder.Write("informe.pdf", "%PDF-1.4");
        folder.Write("datos.csv", "a,b");
        folder.Write("archivo.gz", [0x1F, 0x8B, 0x08, 0x00]);
        folder.Write(".oculta.txt", "Nota oculta.");
        folder.Write(".git/objeto.txt", "Dentro de una carpeta oculta.");

        var (items, skipped) = Walk(folder.Path);

        Assert.Equal("nota", Assert.Single(items).Document!.Id);
        Assert.Equal(
            [(".oculta.txt", SkipKind.Hidden), ("archivo.gz", SkipKind.UnsupportedType), ("datos.csv", SkipKind.UnsupportedType), ("informe.pdf", SkipKind.UnsupportedType), (".git", SkipKind.Hidden)],
            skipped.Select(s => (Path.GetFileName(s.Source), s.Kind)));
    }

    [Fact]
    public async Task A_fifo_inside_a_folder_is_reported_without_being_opened()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Roban un camión en Cerro Azul.");
        var fifo = MakeFifo(folder.File("tubo.jsonl"));
        folder.Write("z.txt", "Incendian una bodega en Peña Blanca.");

        // Opening the FIFO would block for ever: the walk runs aside and must end within a generous limit.
        var items = await Task.Run(() => Walk(folder.Path).Items).WaitAsync(Generous);

        Assert.Equal(["a", "z"], items.Where(i => i.Document is not null).Select(i => i.Document!.Id));
        var failure = Assert.Single(items, i => i.Failure is not null).Failure!;
        Assert.Equal(fifo, failure.Source);
        Assert.Contains("FIFO", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_device_inside_a_folder_is_reported_without_being_read()
    {
        using var folder = new TempFolder();
        var link = File.CreateSymbolicLink(folder.File("cero.txt"), "/dev/zero").FullName;

        var failure = Assert.Single(Walk(folder.Path).Items).Failure!;

        Assert.Equal(link, failure.Source);
        Assert.Contains("character device", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_named_directly_is_read_like_standard_input()
    {
        using var folder = new TempFolder();
        var fifo = MakeFifo(folder.File("tubo.txt"));
        var writer = Task.Run(() => File.WriteAllText(fifo, "Detienen a tres hombres en Cerro Azul."));

        var items = await Task.Run(() => new DocumentReader().Read([fifo]).ToList()).WaitAsync(Generous);
        await writer.WaitAsync(Generous);

        Assert.Equal("Detienen a tres hombres en Cerro Azul.", Assert.Single(items).Document!.Text);
    }

    [Fact]
    public void A_link_to_a_parent_folder_and_a_link_to_a_file_read_each_real_file_once()
    {
        using var folder = new TempFolder();
        folder.Write("raiz/a.txt", "Roban un camión en Cerro Azul.");
        folder.Write("raiz/sub/b.txt", "Incendian una bodega en Peña Blanca.");
        Directory.CreateSymbolicLink(folder.File("raiz", "sub", "arriba"), "..");
        File.CreateSymbolicLink(folder.File("raiz", "sub", "otra-a.txt"), "../a.txt");

        var (items, skipped) = Walk(folder.File("raiz"));

        Assert.Equal(["a", "b"], items.Select(i => i.Document!.Id));
        Assert.Equal(["otra-a.txt", "arriba"], skipped.Select(s => Path.GetFileName(s.Source)));
        Assert.All(skipped, s => Assert.Equal(SkipKind.AlreadyRead, s.Kind));
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_reported_and_the_rest_of_the_folder_read()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Roban un camión en Cerro Azul.");
        Shell("printf 'Nota en Latin-1.' > \"$(printf 'nota-\\351\\361.txt')\"", folder.Path);
        folder.Write("z.txt", "Incendian una bodega en Peña Blanca.");

        var items = Walk(folder.Path).Items;

        Assert.Equal(["a", "z"], items.Where(i => i.Document is not null).Select(i => i.Document!.Id));
        var failure = Assert.Single(items, i => i.Failure is not null).Failure!;
        Assert.Contains("not valid UTF-8", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("nota-", failure.Source, StringComparison.Ordinal);
    }

    private static (List<IngestItem> Items, List<SkippedInput> Skipped) Walk(string path)
    {
        var skipped = new List<SkippedInput>();
        var items = new DocumentReader(onSkipped: skipped.Add).Read([path]).ToList();
        return (items, skipped);
    }

    private static string MakeFifo(string path)
    {
        Shell($"mkfifo '{path}'", Path.GetDirectoryName(path)!);
        return path;
    }

    private static void Shell(string command, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = directory })!;
        Assert.True(process.WaitForExit(Generous), command);
        Assert.Equal(0, process.ExitCode);
    }
}
