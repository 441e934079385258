using System.Diagnostics;
using Xunit.Abstractions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Fuzz suite, one group of inputs (a class of its own, so that the groups run side by side and a hang in one does
/// not hide what the others find). A FIFO, a link to /dev/zero, link loops, an unreadable file and names with line
/// breaks, escapes and bytes that are not UTF-8.
/// </summary>
public sealed class FuzzSpecialFileTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Special_files_and_odd_names()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        // One level down, so that a link can point above the folder given.
        var folder = temp.Folder("especiales", "raiz");
        var random = new Random(FuzzSuite.Seed + 2);
        var inputs = FuzzSpecialFiles.WriteSpecial(random, new FuzzArticles.Maker(random, 200_000), folder);
        await FuzzSuite.RunAsync("special", temp, inputs, [folder], log, clock);
    }
}
