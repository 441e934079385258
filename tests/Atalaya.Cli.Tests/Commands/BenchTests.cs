namespace Atalaya.Cli.Tests.Commands;

public sealed class BenchTests
{
    [Fact]
    public async Task Bench_reports_throughput_and_memory()
    {
        var result = await AtalayaCli.RunAsync("bench", "--docs", "300");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"documents:\s+300\b", result.StdOut);
        Assert.Matches(@"documents/second:\s+\d+", result.StdOut);
        Assert.Matches(@"MB/second:\s+\d+(\.\d+)?", result.StdOut);
        Assert.Matches(@"peak working set:\s+\d+ MB", result.StdOut);
        Assert.Matches(@"warm-up:\s+[1-9]\d* documents", result.StdOut);
        Assert.Matches(@"processor time:\s+\d+\.\d+ s, \d+ µs/document", result.StdOut);
        Assert.Matches(@"jit:\s+\d+\.\d+ s compiling \d+ methods", result.StdOut);
    }

    [Fact]
    public async Task Bench_with_stages_reports_each_stage_share_and_allocation()
    {
        var result = await AtalayaCli.RunAsync("bench", "--docs", "200", "--stages");

        Assert.True(result.ExitCode == 0, result.ToString());
        var stageLines = result.StdOut.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^[a-z]+\s+\d+\s+\d+%\s+\d+\.\d$")).ToList();
        foreach (var stage in new[] { "cleaning", "language", "segmentation", "entities", "events", "claims", "quotes" })
        {
            Assert.Contains(stageLines, l => l.StartsWith(stage + " ", StringComparison.Ordinal));
        }

        // The shares are of the measured analysis: they add up to about all of it.
        var shares = stageLines.Sum(l => int.Parse(System.Text.RegularExpressions.Regex.Match(l, @"(\d+)%").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(shares, 95, 105);
    }
}
