namespace Atalaya.Cli.Tests.BadInput;

public sealed class MissingPathTests
{
    [Fact]
    public async Task A_missing_path_reads_nothing_and_exits_2_naming_it()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-existe.txt");

        var result = await AtalayaCli.RunAsync("extract", "--json", missing);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"atalaya: {missing}: no such file or folder", result.ErrorLines);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public async Task A_missing_path_next_to_a_good_one_is_reported_and_the_good_one_is_output()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-existe.txt");

        var result = await AtalayaCli.RunAsync("extract", "--json", missing, Path.Combine(TestData.E2eArticles, "fr-enlevement-maire.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"atalaya: {missing}: no such file or folder", result.ErrorLines);
        Assert.Equal("fr-enlevement-0001", Json.Text(Assert.Single(Json.Documents(Json.Parse(result.StdOut))), "id"));
    }
}
