using System.Diagnostics;
using Xunit.Abstractions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Fuzz suite, one group of inputs (a class of its own, so that the groups run side by side and a hang in one does
/// not hide what the others find). Whole files in folders: binary, empty, broken JSON, odd encodings, hostile HTML,
/// unsupported extensions and good articles.
/// </summary>
public sealed class FuzzFileTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Files_in_folders()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        var folder = temp.Folder("archivos");
        var random = new Random(FuzzSuite.Seed + 1);
        var inputs = FuzzFiles.WriteOrdinary(random, new FuzzArticles.Maker(random, 100_000), folder, rounds: 10);
        await FuzzSuite.RunAsync("files", temp, inputs, [folder], log, clock);
    }
}
