using System.Diagnostics;

namespace Atalaya.Cli.Tests.BadInput;

/// <summary>
/// Inputs that never end or never open: a FIFO inside a folder (opening it would block), a link to
/// /dev/zero (reading it whole would exhaust memory), standard input past --max-size.
/// </summary>
public sealed class SpecialInputTests
{
    [Fact]
    public async Task A_fifo_inside_a_folder_is_reported_and_the_run_does_not_block()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        File.Copy(Path.Combine(TestData.E2eArticles, "nb-brann-lagerhall.txt"), Path.Combine(folder, "nb-brann-lagerhall.txt"));
        var fifo = Path.Combine(folder, "tubo.jsonl");
        await Shell($"mkfifo '{fifo}'");

        // Were the FIFO opened the run would wait for a writer for ever and the runner's time limit fail the test.
        var result = await AtalayaCli.RunAsync("ingest", folder, "--db", temp.File("atalaya.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {fifo}: a FIFO (named pipe), not a regular file", StringComparison.Ordinal));
        Assert.Equal([fifo], Database.Rows(temp.File("atalaya.db"), "SELECT source FROM failed_sources"));
        Assert.Equal(1, Database.Count(temp.File("atalaya.db"), "SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public async Task A_link_to_dev_zero_named_txt_is_refused_by_size()
    {
        using var temp = new TempFolder();
        var link = File.CreateSymbolicLink(temp.File("cero.txt"), "/dev/zero").FullName;

        var result = await AtalayaCli.RunAsync("extract", "--json", "--max-size", "1", link, Path.Combine(TestData.E2eArticles, "fr-enlevement-maire.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"atalaya: {link}: input is above the 1 MB limit for one document (not read further)", result.ErrorLines);
        Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
    }

    [Fact]
    public async Task Standard_input_obeys_max_size()
    {
        var text = string.Concat(Enumerable.Repeat("La policía de Villa Serena informó de un nuevo robo de ganado en el rancho Los Olmos.\n", 15_000));

        var result = await AtalayaCli.RunAsync(["extract", "--json", "--max-size", "1", "-"], text);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("atalaya: -: standard input is above the 1 MB limit for one document (not read further)", result.ErrorLines);
    }

    [Fact]
    public async Task A_file_reached_twice_through_a_link_is_read_once()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("raiz");
        temp.Write(Path.Combine("raiz", "nota.txt"), "Roban cables de cobre en la subestación de Villa Serena; la policía busca a tres hombres.\n");
        File.CreateSymbolicLink(Path.Combine(folder, "otra-nota.txt"), "nota.txt");
        Directory.CreateSymbolicLink(Path.Combine(folder, "espejo"), ".");

        var result = await AtalayaCli.RunAsync("extract", "--json", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["nota"], Json.Documents(Json.Parse(result.StdOut)).Select(d => Json.Text(d, "id")!));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("atalaya: 2 files or folders skipped: 2 already read through a link", StringComparison.Ordinal));
    }

    private static async Task Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]))!;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, process.ExitCode);
    }
}
