using System.Diagnostics;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>
/// What --out does with what is already at the path: a regular file is replaced atomically, a
/// FIFO is written in place (never replaced by a file), a symbolic link is followed and stays a
/// link, a folder is refused with one line before any analysis.
/// </summary>
public sealed class OutputTargetTests
{
    private static readonly TimeSpan ReaderLimit = TimeSpan.FromMinutes(3);

    private static string Article => Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt");

    [Fact]
    public async Task A_fifo_is_written_in_place_and_stays_a_fifo()
    {
        using var temp = new TempFolder();
        var fifo = temp.File("pipe.json");
        MakeFifo(fifo);

        // Opening a FIFO for reading waits for its writer: the reader runs beside the command.
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var result = await AtalayaCli.RunAsync(["extract", "--json", "--out", fifo, Article], timeout: ReaderLimit);
        var written = await reader.WaitAsync(ReaderLimit);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("nl-overval-geldtransport", Json.Text(Assert.Single(Json.Documents(Json.Parse(written))), "id"));
        Assert.Equal(0, new FileInfo(fifo).Length);
        Assert.Equal(["pipe.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        Assert.Equal("fifo", FileType(fifo));
    }

    [Fact]
    public async Task A_symbolic_link_is_followed_and_stays_a_link()
    {
        using var temp = new TempFolder();
        var target = temp.Write("real.json", "old content");
        var link = temp.File("link.json");
        File.CreateSymbolicLink(link, target);

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", link, Article);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Single(Json.Documents(Json.Parse(await File.ReadAllTextAsync(target))));
        Assert.Equal(["link.json", "real.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_dangling_link_gets_its_target_created()
    {
        using var temp = new TempFolder();
        var link = temp.File("events.csv");
        File.CreateSymbolicLink(link, temp.File("made.csv"));
        var db = temp.File("atalaya.db");
        var ingest = await AtalayaCli.RunAsync("ingest", Article, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var result = await AtalayaCli.RunAsync("export", "--db", db, "--format", "acled-csv", "--out", link);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("event_id_cnty", await File.ReadAllTextAsync(temp.File("made.csv")), StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task A_regular_file_is_replaced_without_a_temporary_left_beside_it()
    {
        using var temp = new TempFolder();
        var output = temp.Write("corpus.json", new string('x', 100_000));

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", output, Article);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(Json.Documents(Json.Parse(await File.ReadAllTextAsync(output))));
        Assert.Equal(["corpus.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_folder_is_refused_with_one_line_before_the_analysis()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("salida");
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "keep");

        var db = temp.File("atalaya.db");
        var ingest = await AtalayaCli.RunAsync("ingest", Article, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var extract = await AtalayaCli.RunAsync("extract", "--json", "--out", folder, Article);
        var export = await AtalayaCli.RunAsync("export", "--db", db, "--format", "json", "--out", folder);

        Assert.True(extract.ExitCode == 2, extract.ToString());
        Assert.Equal($"atalaya: cannot write {folder}: it is a folder (give a file name)", extract.StdErr.Trim());
        Assert.True(export.ExitCode == 2, export.ToString());
        Assert.Equal($"atalaya: cannot write {folder}: it is a folder (give a file name)", export.StdErr.Trim());
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_loop_of_links_is_refused_naming_the_path()
    {
        using var temp = new TempFolder();
        File.CreateSymbolicLink(temp.File("a.json"), temp.File("b.json"));
        File.CreateSymbolicLink(temp.File("b.json"), temp.File("a.json"));

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", temp.File("a.json"), Article);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"atalaya: cannot write {temp.File("a.json")}: the symbolic link cannot be followed", result.StdErr, StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>The file type as stat(1) names it ("fifo" for a named pipe).</summary>
    private static string FileType(string path)
    {
        var info = new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true };
        using var stat = Process.Start(info)!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }
}
