namespace Atalaya.Cli.Tests.BadInput;

public sealed class LargeInputTests
{
    [Fact]
    public async Task A_real_50_MB_file_is_refused_under_the_default_limit_and_the_rest_is_read()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        var big = temp.Write(Path.Combine("entrada", "volcado.txt"), BadFiles.Large(50 * 1024 * 1024));
        File.Copy(Path.Combine(TestData.E2eArticles, "nb-brann-lagerhall.txt"), Path.Combine(folder, "nb-brann-lagerhall.txt"));

        var result = await AtalayaCli.RunAsync("extract", "--json", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {big}: file is 50 MB, above the 16 MB limit", StringComparison.Ordinal));
        Assert.Equal("nb-brann-lagerhall", Json.Text(Assert.Single(Json.Documents(Json.Parse(result.StdOut))), "id"));
    }
}
