namespace Atalaya.Cli.Tests.BadInput;

/// <summary>
/// Nothing is left out in silence: files of other types and hidden folders are counted and named in
/// the summary (one line each with --verbose), and a URL says how URLs are followed.
/// </summary>
public sealed class SkippedAndUrlTests
{
    [Fact]
    public async Task Files_of_other_types_and_hidden_folders_are_counted_and_named_in_the_summary()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("carpeta");
        File.Copy(Path.Combine(TestData.E2eArticles, "nb-brann-lagerhall.txt"), Path.Combine(folder, "nb-brann-lagerhall.txt"));
        temp.Write(Path.Combine("carpeta", "informe.pdf"), "%PDF-1.4\n");
        temp.Write(Path.Combine("carpeta", "acta.docx"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        temp.Write(Path.Combine("carpeta", "sub", "cifras.csv"), "fecha,muertos\n2026-03-01,2\n");
        temp.Write(Path.Combine("carpeta", "sub", "copia.txt.gz"), [0x1F, 0x8B, 0x08, 0x00]);
        temp.Write(Path.Combine("carpeta", ".cache", "vieja.txt"), "Una nota guardada en una carpeta oculta.");

        var quiet = await AtalayaCli.RunAsync("extract", "--json", folder);
        var verbose = await AtalayaCli.RunAsync("extract", "--json", "--verbose", folder);

        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        var summary = Assert.Single(quiet.ErrorLines, l => l.Contains("skipped", StringComparison.Ordinal));
        Assert.StartsWith("atalaya: 5 files or folders skipped: 4 of types atalaya does not read", summary, StringComparison.Ordinal);
        Assert.All(["acta.docx", "informe.pdf", "cifras.csv", "copia.txt.gz", "1 hidden (.cache)", "--verbose"], name => Assert.Contains(name, summary, StringComparison.Ordinal));
        Assert.Single(Json.Documents(Json.Parse(quiet.StdOut)));

        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        foreach (var name in new[] { "acta.docx", "informe.pdf", Path.Combine("sub", "cifras.csv"), Path.Combine("sub", "copia.txt.gz"), ".cache" })
        {
            Assert.Single(verbose.ErrorLines, l => l.StartsWith($"atalaya: {Path.Combine(folder, name)}: skipped: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_url_argument_is_one_line_saying_how_urls_are_followed_and_the_run_goes_on()
    {
        const string url = "https://noticias.example/2026/03/balacera-villa-serena";

        var result = await AtalayaCli.RunAsync("extract", "--json", url, Path.Combine(TestData.E2eArticles, "fr-enlevement-maire.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.ErrorLines, l => l.Contains(url, StringComparison.Ordinal));
        Assert.StartsWith($"atalaya: {url}: a URL", line, StringComparison.Ordinal);
        Assert.Contains("save the page", line, StringComparison.Ordinal);
        Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
    }

    [Fact]
    public async Task Ingest_that_reads_nothing_creates_no_database()
    {
        using var temp = new TempFolder();
        var db = temp.File("noticias.db");
        temp.Write("informe.pdf", "%PDF-1.4\n");

        var result = await AtalayaCli.RunAsync("ingest", "--db", db, "http://noticias.example/robo", temp.File("informe.pdf"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith("atalaya: http://noticias.example/robo: a URL", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {temp.File("informe.pdf")}: binary content (a PDF document)", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(temp.Path, "noticias.db*"));
    }
}
