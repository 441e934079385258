using System.Text.RegularExpressions;

namespace Atalaya.Cli.Tests.Commands;

public sealed partial class DemoTests
{
    private const int SampleDocuments = 16;

    [Fact]
    public async Task Demo_summary_counts_a_stage_that_failed()
    {
        using var temp = new TempFolder();
        var environment = new Dictionary<string, string> { ["ATALAYA_FAIL_STAGE"] = "events:Entführung" };

        var result = await AtalayaCli.RunAsync(["demo", "--db", temp.File("demo.db")], environment: environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"({SampleDocuments} new, 0 already there, 0 inputs failed; 1 document with a failed stage: events ×1 (claims skipped ×1))", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ingests_the_sixteen_samples_and_prints_a_summary()
    {
        using var temp = new TempFolder();
        var db = temp.File("demo.db");

        var result = await AtalayaCli.RunAsync("demo", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Atalaya demo: {SampleDocuments} sample articles", result.StdOut, StringComparison.Ordinal);
        Assert.Contains($"({SampleDocuments} new, 0 already there, 0 inputs failed)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(db, result.StdOut, StringComparison.Ordinal);

        var languages = result.StdOut.Split('\n').Single(l => l.StartsWith("Languages: ", StringComparison.Ordinal));
        var counts = LanguageCount().Matches(languages).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SampleDocuments, counts.Sum());

        foreach (var id in new[] { "es-bloqueos-culiacan", "feed-0002", "nb-kokainbeslag-manzanillo", "pt-confronto-frontera-comalapa" })
        {
            Assert.Contains(result.StdOut.Split('\n'), l => l.StartsWith(id + " ", StringComparison.Ordinal));
        }

        // The events of the sample follow the documents: one line each, with its type and place.
        Assert.Matches(@"Events \([1-9][0-9]*\):", result.StdOut);
        Assert.Contains(result.StdOut.Split('\n'), l => l.StartsWith("pt-confronto-frontera-comalapa ", StringComparison.Ordinal) && l.Contains("Battles / Armed clash", StringComparison.Ordinal) && l.Contains("Chiapas", StringComparison.Ordinal));
        Assert.Equal(SampleDocuments, Database.Count(db, "SELECT COUNT(*) FROM documents"));
    }

    [GeneratedRegex(@"([a-z]{2,3}) (\d+)")]
    private static partial Regex LanguageCount();
}
