namespace Atalaya.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("export")]
    [InlineData("demo")]
    [InlineData("bench")]
    [InlineData("submit")]
    [InlineData("worker")]
    public async Task Help_works_for_every_command(string command)
    {
        var result = await AtalayaCli.RunAsync(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"atalaya {command}", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Options:", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public async Task Root_help_lists_every_command()
    {
        var result = await AtalayaCli.RunAsync("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var command in new[] { "extract", "ingest", "export", "demo", "bench", "submit", "worker" })
        {
            Assert.Contains(command, result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_usage_error()
    {
        var result = await AtalayaCli.RunAsync("extract");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("PATH", result.StdErr, StringComparison.Ordinal);
    }
}
