using System.Diagnostics;
using Xunit.Abstractions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Fuzz suite, one group of inputs (a class of its own, so that the groups run side by side and a hang in one does
/// not hide what the others find). A 1 MB line, HTML nested 50,000 deep, 50,000 paragraphs and a 1 MB nested JSON:
/// each bounded in time, never a hang.
/// </summary>
public sealed class FuzzLargeInputTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Large_and_deep_documents()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        var folder = temp.Folder("grandes");
        var random = new Random(FuzzSuite.Seed + 3);
        var inputs = FuzzSpecialFiles.WriteLarge(random, new FuzzArticles.Maker(random, 300_000), folder);
        await FuzzSuite.RunAsync("large", temp, inputs, [folder], log, clock);
    }
}
