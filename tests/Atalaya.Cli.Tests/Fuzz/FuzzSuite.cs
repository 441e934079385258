using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Runs extract and ingest over one set of fuzz inputs (side by side: a hang costs the limit once) and checks
/// both outputs and the database. The seed is fixed, so a finding is reproduced by running the test again.
/// </summary>
public static class FuzzSuite
{
    public const int Seed = 20261207;

    public static async Task RunAsync(string name, TempFolder temp, IReadOnlyList<FuzzInput> inputs, IEnumerable<string> paths, ITestOutputHelper log, Stopwatch clock)
    {
        var findings = new FuzzFindings();
        var output = temp.File("extract.json");
        var database = temp.File("fuzz.db");
        var extract = FuzzRunner.RunAsync(["extract", "--json", "--no-text", "--out", output, .. paths]);
        var ingest = FuzzRunner.RunAsync(["ingest", "--db", database, .. paths]);
        var (extracted, extractLog, extractTook) = await extract;
        var (ingested, ingestLog, ingestTook) = await ingest;

        findings.CheckRun("extract", extracted, extractLog, inputs, ExtractedDocuments(output));
        findings.CheckRun("ingest", ingested, ingestLog, inputs, StoredDocuments(database, findings));
        CheckFailedSources(database, inputs, findings);
        CheckFailedStages(database, ingestLog, findings);

        var counts = string.Join(", ", inputs.GroupBy(i => i.Expectation).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        log.WriteLine($"fuzz {name}: {inputs.Count} inputs ({counts}) in {inputs.Select(i => i.Class).Distinct().Count()} classes; extract {extractTook.TotalSeconds:F1} s, ingest {ingestTook.TotalSeconds:F1} s, {clock.Elapsed.TotalSeconds:F1} s in all");
        Assert.True(findings.Count == 0, $"fuzz {name} (seed {Seed}): {findings.Count} finding(s) over {inputs.Count} inputs\n{findings.Summary()}");
    }

    /// <summary>The (source, content hash) of each document extract wrote; none when it wrote no file.</summary>
    private static List<(string Source, string Hash)> ExtractedDocuments(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return [.. document.RootElement.GetProperty("documents").EnumerateArray()
                .Select(d => (d.GetProperty("source").GetString() ?? "", d.GetProperty("content_hash").GetString() ?? ""))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The stored documents, after checking that the database is whole and its run completed.</summary>
    private static List<(string Source, string Hash)> StoredDocuments(string path, FuzzFindings findings)
    {
        if (!File.Exists(path))
        {
            findings.Add("database", "ingest: no database was written");
            return [];
        }

        var integrity = Database.Rows(path, "PRAGMA integrity_check");
        if (integrity is not ["ok"])
        {
            findings.Add("database", $"ingest: integrity_check says {string.Join("; ", integrity.Take(3))}");
        }

        foreach (var run in Database.Rows(path, "SELECT id, status FROM runs WHERE status <> 'completed'"))
        {
            findings.Add("database", $"ingest: run {run} did not complete");
        }

        return [.. Database.Rows(path, "SELECT source, content_hash FROM documents").Select(r => r.Split('\t')).Select(r => (r[0], r[1]))];
    }

    /// <summary>Stage failures reported by ingest are kept in the database too (failed_stages), so that 'status' can show them.</summary>
    private static void CheckFailedStages(string path, string log, FuzzFindings findings)
    {
        var reported = log.Split('\n').Count(l => FuzzFindings.StageFailure().IsMatch(l));
        if (reported == 0 || !File.Exists(path))
        {
            return;
        }

        var table = Database.Count(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'failed_stages'");
        var kept = table == 0 ? 0 : Database.Count(path, "SELECT COUNT(*) FROM failed_stages");
        if (kept < reported)
        {
            findings.Add("stage-failure-not-stored", $"ingest: {reported} stage failure(s) reported, {kept} in failed_stages");
        }
    }

    /// <summary>Every input reported as bad is also kept in failed_sources, so that 'status' can show it later.</summary>
    private static void CheckFailedSources(string path, IReadOnlyList<FuzzInput> inputs, FuzzFindings findings)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var failed = Database.Rows(path, "SELECT source FROM failed_sources");
        var exact = failed.ToHashSet(StringComparer.Ordinal);
        foreach (var input in inputs.Where(i => i.Expectation == FuzzExpectation.Bad))
        {
            var found = input.KeyIsToken ? failed.Any(f => f.Contains(input.ErrorKey, StringComparison.Ordinal)) : exact.Contains(input.ErrorKey);
            if (!found)
            {
                findings.Add(input.Class, $"ingest: {FuzzFindings.Printable(input.ErrorKey)}: not in failed_sources");
            }
        }
    }
}
