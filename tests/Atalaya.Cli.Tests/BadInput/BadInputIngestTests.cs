namespace Atalaya.Cli.Tests.BadInput;

/// <summary>ingest meeting a bad input: reported, recorded in failed_sources, the rest stored, earlier documents untouched.</summary>
public sealed class BadInputIngestTests
{
    private const string DocumentRows = "SELECT seq, content_hash, id, source, language, title, text, analysis, run_id FROM documents ORDER BY seq";

    [Theory]
    [MemberData(nameof(BadFiles.Kinds), MemberType = typeof(BadFiles))]
    public async Task A_bad_input_is_recorded_and_the_others_are_stored(string kind)
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        var earlier = await AtalayaCli.RunAsync("ingest", Path.Combine(TestData.E2eArticles, "feed.jsonl"), "--db", db);
        Assert.True(earlier.ExitCode == 0, earlier.ToString());
        var before = Database.Rows(db, DocumentRows);

        var folder = temp.Folder("entrada");
        File.Copy(Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt"), Path.Combine(folder, "nl-overval-geldtransport.txt"));
        var (source, reason) = BadFiles.Write(kind, temp, folder);

        var result = await AtalayaCli.RunAsync("ingest", folder, "--db", db, "--max-size", BadFiles.MaxSizeMegabytes);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {source}: ", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
        Assert.Contains("1 inputs failed", result.StdErr, StringComparison.Ordinal);

        var failure = Assert.Single(Database.Rows(db, "SELECT run_id, source, reason FROM failed_sources"));
        Assert.StartsWith($"2\t{source}\t", failure, StringComparison.Ordinal);
        Assert.Contains(reason, failure, StringComparison.Ordinal);

        Assert.Equal(before, Database.Rows(db, DocumentRows).Take(before.Count));
        var added = Database.Rows(db, "SELECT id FROM documents WHERE run_id = 2 ORDER BY id");
        Assert.Equal(BadFiles.GoodIdsInside(kind).Append("nl-overval-geldtransport").Order(StringComparer.Ordinal), added);
        Assert.Equal(["1\tcompleted\t0", "2\tcompleted\t1"], Database.Rows(db, "SELECT id, status, failures FROM runs ORDER BY id"));
    }

    [Fact]
    public async Task Only_bad_inputs_store_nothing_exit_2_and_keep_earlier_documents()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        Assert.Equal(0, (await AtalayaCli.RunAsync("ingest", Path.Combine(TestData.E2eArticles, "feed.jsonl"), "--db", db)).ExitCode);
        var before = Database.Rows(db, DocumentRows);
        var folder = temp.Folder("solo-malos");
        var (binary, _) = BadFiles.Write("binary", temp, folder);
        var (empty, _) = BadFiles.Write("empty", temp, folder);

        var result = await AtalayaCli.RunAsync("ingest", folder, "--db", db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no document could be read", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Database.Rows(db, DocumentRows));
        Assert.Equal([$"2\t{binary}", $"2\t{empty}"], Database.Rows(db, "SELECT run_id, source FROM failed_sources ORDER BY source"));
    }

    [Fact]
    public async Task A_missing_path_is_recorded_in_an_existing_database_and_exits_2()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        var earlier = await AtalayaCli.RunAsync("ingest", Path.Combine(TestData.E2eArticles, "fr-enlevement-maire.json"), "--db", db);
        Assert.True(earlier.ExitCode == 0, earlier.ToString());
        var missing = temp.File("no-existe");

        var result = await AtalayaCli.RunAsync("ingest", missing, "--db", db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"atalaya: {missing}: no such file or folder", result.ErrorLines);
        Assert.Equal([$"2\t{missing}\tno such file or folder"], Database.Rows(db, "SELECT run_id, source, reason FROM failed_sources"));
    }
}
