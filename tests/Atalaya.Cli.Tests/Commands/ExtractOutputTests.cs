using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

public sealed class ExtractOutputTests
{
    [Fact]
    public async Task Without_out_the_json_goes_to_stdout()
    {
        var result = await AtalayaCli.RunAsync("extract", "--json", TestData.E2eArticles);

        Assert.True(result.ExitCode == 0, result.ToString());
        var corpus = Json.Parse(result.StdOut);
        Assert.Equal(TestData.E2eDocuments, Json.Documents(corpus).Count);
        Assert.DoesNotContain("{", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_text_leaves_the_text_out_but_keeps_the_offsets()
    {
        var result = await AtalayaCli.RunAsync("extract", "--json", "--no-text", Path.Combine(TestData.E2eArticles, "es-tiroteo-san-telmo.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var document = Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
        Assert.Equal(JsonValueKind.Null, document.GetProperty("text").ValueKind);
        Assert.NotEmpty(document.GetProperty("boilerplate").EnumerateArray());
    }

    [Fact]
    public async Task Out_replaces_an_existing_file()
    {
        using var temp = new TempFolder();
        var output = temp.Write("corpus.json", "old content, not JSON");

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", output, Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var document = Assert.Single(Json.Documents(Json.Parse(await File.ReadAllTextAsync(output))));
        Assert.Equal("nl-overval-geldtransport", Json.Text(document, "id"));
        Assert.Equal(["corpus.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Out_in_a_missing_folder_fails_with_exit_2_naming_the_folder()
    {
        using var temp = new TempFolder();
        var output = temp.File("missing", "corpus.json");

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", output, Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(temp.File("missing"), result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_prints_one_line_per_document()
    {
        var result = await AtalayaCli.RunAsync("extract", "--summary", TestData.E2eArticles);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(TestData.E2eDocuments, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("es-tiroteo-san-telmo_copia", StringComparison.Ordinal) && l.Contains("(copy of es-tiroteo-san-telmo)", StringComparison.Ordinal));
    }
}
