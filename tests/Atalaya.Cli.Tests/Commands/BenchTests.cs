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
}
