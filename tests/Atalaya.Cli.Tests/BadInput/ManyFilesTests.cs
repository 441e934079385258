namespace Atalaya.Cli.Tests.BadInput;

public sealed class ManyFilesTests
{
    private const int Files = 3000;

    [Fact]
    public async Task A_folder_with_3000_small_files_is_read_entirely()
    {
        using var temp = new TempFolder();
        var folder = Articles.WriteMany(temp.File("muchos"), Files, "nota");
        var output = temp.File("corpus.json");

        var result = await AtalayaCli.RunAsync("extract", "--json", "--no-text", "--out", output, folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{Files} documents, 0 inputs failed", result.StdErr, StringComparison.Ordinal);
        var ids = Json.Documents(Json.Parse(await File.ReadAllTextAsync(output))).Select(d => Json.Text(d, "id")).ToList();
        Assert.Equal(Enumerable.Range(0, Files).Select(i => $"nota-{i:D5}"), ids);
    }
}
