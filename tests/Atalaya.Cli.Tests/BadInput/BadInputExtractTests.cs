namespace Atalaya.Cli.Tests.BadInput;

/// <summary>extract on a folder holding one bad input and good articles: the bad one is reported, the rest is output.</summary>
public sealed class BadInputExtractTests
{
    private static readonly string[] GoodIds = ["en-port-raid-puerto-celeste", "nb-brann-lagerhall"];

    [Theory]
    [MemberData(nameof(BadFiles.Kinds), MemberType = typeof(BadFiles))]
    public async Task A_bad_input_is_reported_with_path_and_reason_and_the_others_are_output(string kind)
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        foreach (var id in GoodIds)
        {
            File.Copy(Path.Combine(TestData.E2eArticles, id + ".txt"), Path.Combine(folder, id + ".txt"));
        }

        var (source, reason) = BadFiles.Write(kind, temp, folder);

        var result = await AtalayaCli.RunAsync("extract", "--json", "--max-size", BadFiles.MaxSizeMegabytes, folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.ErrorLines, l => l.Contains(source, StringComparison.Ordinal));
        Assert.StartsWith($"atalaya: {source}: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Contains("1 inputs failed", result.StdErr, StringComparison.Ordinal);
        var ids = Json.Documents(Json.Parse(result.StdOut)).Select(d => Json.Text(d, "id")!).Order(StringComparer.Ordinal);
        Assert.Equal(GoodIds.Concat(BadFiles.GoodIdsInside(kind)).Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(BadFiles.NothingReadable), MemberType = typeof(BadFiles))]
    public async Task Only_a_bad_input_reads_nothing_and_exits_2(string kind)
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        var (source, reason) = BadFiles.Write(kind, temp, folder);

        var result = await AtalayaCli.RunAsync("extract", "--json", "--max-size", BadFiles.MaxSizeMegabytes, source);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {source}: ", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
        Assert.Contains("no document could be read", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }
}
