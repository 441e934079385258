using System.Diagnostics;
using Xunit.Abstractions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Fuzz suite, one group of inputs (a class of its own, so that the groups run side by side and a hang in one does
/// not hide what the others find). About 10,000 records in four .jsonl files, the bulk of the suite in two process
/// starts: broken, mistyped and badly encoded records, hostile text and good articles.
/// </summary>
public sealed class FuzzRecordTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Records_in_jsonl_files()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        var folder = temp.Folder("registros");
        var random = new Random(FuzzSuite.Seed + 0);
        var inputs = FuzzRecords.Write(random, new FuzzArticles.Maker(random, 0), folder, files: 4, linesPerFile: 2600);
        await FuzzSuite.RunAsync("records", temp, inputs, [folder], log, clock);
    }
}
