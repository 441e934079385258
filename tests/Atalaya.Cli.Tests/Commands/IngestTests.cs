namespace Atalaya.Cli.Tests.Commands;

public sealed class IngestTests
{
    [Fact]
    public async Task Ingesting_the_same_files_again_stores_nothing_new()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");

        var first = await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", db);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"{TestData.E2eDocuments} documents read, {TestData.E2eDistinctContents} stored, 1 already stored, 0 inputs failed", first.StdErr, StringComparison.Ordinal);
        Assert.Equal(TestData.E2eDistinctContents, Database.Count(db, "SELECT COUNT(*) FROM documents"));
        var before = Database.Rows(db, "SELECT seq, content_hash, id, source, text, analysis, run_id FROM documents ORDER BY seq");

        var second = await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", db);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"{TestData.E2eDocuments} documents read, 0 stored, {TestData.E2eDocuments} already stored", second.StdErr, StringComparison.Ordinal);
        Assert.Contains($"{TestData.E2eDistinctContents} documents in {db}", second.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, Database.Rows(db, "SELECT seq, content_hash, id, source, text, analysis, run_id FROM documents ORDER BY seq"));
        Assert.Equal(["1\tcompleted", "2\tcompleted"], Database.Rows(db, "SELECT id, status FROM runs ORDER BY id"));
        Assert.Equal("ok", Database.Scalar(db, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task The_runs_table_counts_documents_skipped_as_already_stored()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        Assert.Equal(0, (await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", db)).ExitCode);

        var second = await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", db);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(
            [$"1\t{TestData.E2eDistinctContents}\t1", $"2\t0\t{TestData.E2eDocuments}"],
            Database.Rows(db, "SELECT id, documents_added, documents_known FROM runs ORDER BY id"));
    }

    [Fact]
    public async Task The_default_database_is_atalaya_db_in_the_working_folder()
    {
        using var temp = new TempFolder();

        var result = await AtalayaCli.RunAsync(["ingest", Path.Combine(TestData.E2eArticles, "feed.jsonl")], workingDirectory: temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, Database.Count(temp.File("atalaya.db"), "SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_unchanged()
    {
        using var temp = new TempFolder();
        var db = temp.Write("notes.db", "Lista de la compra: pan, leche, café.\n");
        var before = await File.ReadAllBytesAsync(db);

        var result = await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(db, result.StdErr, StringComparison.Ordinal);
        Assert.Contains("not a database", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db));
    }

    [Fact]
    public async Task A_database_in_a_missing_folder_exits_2_naming_the_folder()
    {
        using var temp = new TempFolder();
        var db = temp.File("no-existe", "atalaya.db");

        var result = await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(temp.File("no-existe"), result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("no-existe")));
    }

    [Fact]
    public async Task Text_piped_to_dash_is_ingested()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");

        var result = await AtalayaCli.RunAsync(["ingest", "-", "--db", db], stdin: "Balacera en la feria de San Telmo deja dos heridos.\n\nLa policía detuvo a un hombre.\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["stdin\t-"], Database.Rows(db, "SELECT id, source FROM documents"));
    }
}
