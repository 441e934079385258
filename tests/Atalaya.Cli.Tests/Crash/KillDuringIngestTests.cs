using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Atalaya.Cli.Tests.Crash;

/// <summary>
/// A real crash: the ingest process is killed once the database shows a committed batch.
/// Committed work and earlier runs survive, the file stays consistent, and a new ingest of the
/// same folder finishes the job storing every document exactly once.
/// </summary>
public sealed partial class KillDuringIngestTests
{
    private const int Earlier = 40;
    private const int Many = 6000;
    // Limits, not expected durations: each wait ends as soon as its condition holds (a committed
    // batch, the process's exit); they only stop a run that is truly stuck on a busy CI machine,
    // where 6,000 documents on one thread can take several minutes.
    private static readonly TimeSpan FirstCommitLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan IngestLimit = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task Killing_an_ingest_keeps_committed_batches_and_a_rerun_stores_each_document_once()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        var earlierFolder = Articles.WriteMany(temp.File("antes"), Earlier, "antes");
        var manyFolder = Articles.WriteMany(temp.File("muchos"), Many, "muchos", repeatBody: 3);

        var earlier = await AtalayaCli.RunAsync(["ingest", earlierFolder, "--db", db], timeout: IngestLimit);
        Assert.True(earlier.ExitCode == 0, earlier.ToString());
        var earlierRows = Database.Rows(db, "SELECT seq, content_hash, id, text FROM documents ORDER BY seq");
        Assert.Equal(Earlier, earlierRows.Count);

        // One thread keeps the run long enough to be interrupted half-way.
        var committedWhenKilled = await KillAfterFirstCommit(["ingest", manyFolder, "--db", db, "--threads", "1"], db);

        Assert.InRange(committedWhenKilled, 1, Many - 1);
        Assert.Equal("ok", Database.Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(earlierRows, Database.Rows(db, "SELECT seq, content_hash, id, text FROM documents WHERE run_id = 1 ORDER BY seq"));
        Assert.Equal(["1\tcompleted", "2\trunning"], Database.Rows(db, "SELECT id, status FROM runs ORDER BY id"));
        var committed = Database.Count(db, "SELECT COUNT(*) FROM documents WHERE run_id = 2");
        Assert.True(committed >= committedWhenKilled && committed < Many, $"{committed} documents of the killed run survived");

        var rerun = await AtalayaCli.RunAsync(["ingest", manyFolder, "--db", db], timeout: IngestLimit);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var counts = Summary().Match(rerun.StdErr);
        Assert.True(counts.Success, rerun.ToString());
        Assert.Equal(Many, int.Parse(counts.Groups["read"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Many - committed, int.Parse(counts.Groups["stored"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(committed, int.Parse(counts.Groups["known"].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Earlier + Many, Database.Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(Earlier + Many, Database.Count(db, "SELECT COUNT(DISTINCT content_hash) FROM documents"));
        Assert.Equal(Many, Database.Count(db, "SELECT COUNT(DISTINCT id) FROM documents WHERE id LIKE 'muchos-%'"));
        Assert.Equal(earlierRows, Database.Rows(db, "SELECT seq, content_hash, id, text FROM documents WHERE run_id = 1 ORDER BY seq"));
        Assert.Equal("completed", Database.Scalar(db, "SELECT status FROM runs WHERE id = 3"));
        Assert.Equal("ok", Database.Scalar(db, "PRAGMA integrity_check"));
    }

    /// <summary>Starts the command, polls the file read-only, kills the process tree once the second run has committed rows.</summary>
    private static async Task<long> KillAfterFirstCommit(string[] args, string db)
    {
        using var process = AtalayaCli.Start(args);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        long committed = 0;
        string? lastError = null;
        while (!process.HasExited)
        {
            committed = CommittedByRun(db, run: 2, ref lastError);
            if (committed > 0)
            {
                break;
            }

            if (clock.Elapsed > FirstCommitLimit)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"no batch was committed within {FirstCommitLimit} (last poll error: {lastError ?? "none"})");
            }

            await Task.Delay(10);
        }

        if (process.HasExited)
        {
            // Only now is standard error complete: reading it earlier would wait for the exit.
            Assert.Fail($"the ingest ended before it could be killed (last poll error: {lastError ?? "none"}):\n{await stderr}");
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        Assert.NotEqual(0, process.ExitCode);
        return committed;
    }

    private static long CommittedByRun(string db, int run, ref string? lastError)
    {
        try
        {
            return Database.Count(db, $"SELECT COUNT(*) FROM documents WHERE run_id = {run}");
        }
        catch (SqliteException error)
        {
            // Not created yet, or the writer is busy with the schema: look again.
            lastError = error.Message;
            return 0;
        }
    }

    [GeneratedRegex(@"(?<read>\d+) documents read, (?<stored>\d+) stored, (?<known>\d+) already stored")]
    private static partial Regex Summary();
}
