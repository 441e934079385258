using System.Diagnostics;
using Microsoft.Data.Sqlite;
using static Atalaya.Cli.Tests.Corpus.StoredCorpusArticles;

namespace Atalaya.Cli.Tests.Corpus;

/// <summary>
/// Databases whose corpus tables are behind their documents: one of schema version 1 (documents,
/// no corpus tables), one whose ingest was killed. Both are caught up and then equal a database
/// that ingested the same documents in one run.
/// </summary>
public sealed class StoredCorpusRecoveryTests
{
    [Fact]
    public async Task A_version_1_database_gets_its_corpus_tables_filled_and_its_version_raised_on_first_open()
    {
        using var temp = new TempFolder();
        var a = Write(temp, "a", SetA);
        var b = Write(temp, "b", SetB);
        var old = temp.File("old.db");
        var batch = temp.File("batch.db");
        Assert.Equal(0, (await AtalayaCli.RunAsync("ingest", a, b, "--db", old)).ExitCode);
        Assert.Equal(0, (await AtalayaCli.RunAsync("ingest", a, b, "--db", batch)).ExitCode);
        MakeVersion1(old);
        var documents = Database.Rows(old, "SELECT seq, content_hash, id, text, analysis FROM documents ORDER BY seq");

        var stories = await AtalayaCli.RunAsync("stories", "--db", old);

        Assert.True(stories.ExitCode == 0, stories.ToString());
        Assert.Contains("languages es, en", stories.StdOut, StringComparison.Ordinal);
        Assert.Equal(8L, Database.Count(old, "SELECT version FROM schema_info")); // the current schema version
        Assert.Equal(documents, Database.Rows(old, "SELECT seq, content_hash, id, text, analysis FROM documents ORDER BY seq"));
        foreach (var query in StoredCorpusTests.CorpusQueries)
        {
            Assert.Equal(Database.Rows(batch, query), Database.Rows(old, query));
        }
    }

    [Fact]
    public async Task After_a_killed_ingest_every_committed_document_gets_its_corpus_rows_and_a_rerun_equals_one_run()
    {
        using var temp = new TempFolder();
        var a = Write(temp, "a", SetA);
        var many = Articles.WriteMany(temp.File("muchos"), 1500, "muchos", repeatBody: 3);
        var db = temp.File("killed.db");
        Assert.Equal(0, (await AtalayaCli.RunAsync("ingest", a, "--db", db)).ExitCode);

        await KillOnceDocumentsAreCommitted(["ingest", many, "--db", db, "--threads", "1"], db);

        // Documents of the killed run are committed, their corpus rows not written yet: the next open catches up.
        var stored = Database.Count(db, "SELECT COUNT(*) FROM documents");
        Assert.True(stored > 2 && stored < 1502, $"{stored} documents stored");
        Assert.Equal("ok", Database.Scalar(db, "PRAGMA integrity_check"));
        var stories = await AtalayaCli.RunAsync("stories", "--all", "--db", db);
        Assert.True(stories.ExitCode == 0, stories.ToString());
        Assert.Equal(stored, Database.Count(db, "SELECT COUNT(*) FROM corpus_document_links"));
        Assert.Equal(stored, Database.Count(db, "SELECT value FROM corpus_progress WHERE name = 'consolidated_seq'"));

        var rerun = await AtalayaCli.RunAsync("ingest", many, "--db", db);
        var batch = temp.File("batch.db");
        var once = await AtalayaCli.RunAsync("ingest", a, many, "--db", batch);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.True(once.ExitCode == 0, once.ToString());
        Assert.Equal(1502, Database.Count(db, "SELECT COUNT(*) FROM corpus_documents"));
        foreach (var query in StoredCorpusTests.CorpusQueries)
        {
            Assert.Equal(Database.Rows(batch, query), Database.Rows(db, query));
        }
    }

    /// <summary>What a database written before the corpus tables looks like: documents, schema version 1, nothing else.</summary>
    private static void MakeVersion1(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'corpus%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var command = connection.CreateCommand();
        command.CommandText = string.Concat(tables.Select(t => $"DROP TABLE {t};")) + "UPDATE schema_info SET version = 1;";
        command.ExecuteNonQuery();
    }

    private static async Task KillOnceDocumentsAreCommitted(string[] args, string db)
    {
        using var process = AtalayaCli.Start(args);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            try
            {
                if (Database.Count(db, "SELECT COUNT(*) FROM documents") > 2)
                {
                    break;
                }
            }
            catch (SqliteException)
            {
                // The writer is busy: look again.
            }

            await Task.Delay(10);
        }

        if (process.HasExited)
        {
            Assert.Fail($"the ingest ended before it could be killed:\n{await stderr}");
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
    }
}
