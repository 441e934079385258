using Atalaya.Core.Contract;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// Consolidates the stored documents not consolidated yet (after corpus_progress.consolidated_seq),
/// continuing from the stored consolidation state: only the state and rows those documents touch are
/// read and written. Documents go in chunks, each in one transaction with its corpus rows, its state
/// and the progress mark, so a kill leaves the tables consistent and the next run goes on from there.
/// </summary>
/// <remarks>
/// A consolidation from the first document (a new database, a rebuild, an upgrade) writes its state
/// once, after its last chunk, sorted, instead of with every chunk: its builder keeps all of it in
/// memory anyway, and state keyed by hashes written chunk after chunk would rewrite pages all over
/// ever larger trees (the cost of a chunk grew with the corpus). Until then it marks no progress: a
/// kill leaves corpus rows without state, which the next run clears and consolidates again from the
/// first document, as it would have done without them.
/// </remarks>
internal static class CorpusConsolidation
{
    /// <summary>Documents per transaction: bounds what a kill loses and what the builder caches between saves.</summary>
    public const int Chunk = 2000;

    private const int StateVersion = 2;

    /// <summary>Consolidates what is pending; returns the number of state queries it made.</summary>
    public static long Run(SqliteConnection connection, Func<long, int, List<(long Seq, ContractDocument Document)>> documentsAfter, int chunk = Chunk)
    {
        var last = Progress(connection, "consolidated_seq");
        var fresh = last == 0 || Progress(connection, "state_version") != StateVersion;
        if (fresh)
        {
            // No state to continue from (a new or version 1 database, or corpus rows written without
            // state): consolidate from the first document.
            Start(connection);
            last = 0;
        }

        SqliteDocumentStore.Execute(connection, "PRAGMA cache_size=-262144; PRAGMA wal_autocheckpoint=10000;");
        using var state = new SqliteCorpusState(connection, empty: fresh);
        var builder = new CorpusBuilder(includeText: false, state);
        var consolidated = last;
        while (Timed(() => documentsAfter(consolidated, chunk)) is { Count: > 0 } documents)
        {
            using var transaction = connection.BeginTransaction();
            state.Transaction = transaction;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var (_, document) in documents)
            {
                builder.Add(document);
            }

            ProfAdd += sw.Elapsed.TotalSeconds;
            Commit(connection, transaction, builder, state, documents, writeState: !fresh);
            consolidated = documents[^1].Seq;
        }

        if (fresh)
        {
            using var transaction = connection.BeginTransaction();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            if (consolidated > last)
            {
                WriteState(connection, transaction, state, consolidated);
            }

            SqliteDocumentStore.Execute(connection, SqliteSchema.Create, transaction);
            ProfFlush += sw.Elapsed.TotalSeconds; sw.Restart();
            transaction.Commit();
            ProfCommit += sw.Elapsed.TotalSeconds;
        }

        Console.Error.WriteLine($"PROFILE add {ProfAdd:0.00} save {ProfSave:0.00} flush {ProfFlush:0.00} rows {ProfRows:0.00} (docs {ProfDocs:0.00}) commit {ProfCommit:0.00} read {ProfRead:0.00}");
        Console.Error.WriteLine("FLUSH " + string.Join(" ", SqliteCorpusState.P.Select(x => x.ToString("0.00"))) + " N " + string.Join(" ", SqliteCorpusState.N));
        Array.Clear(SqliteCorpusState.P); Array.Clear(SqliteCorpusState.N);
        ProfDocs = ProfAdd = ProfSave = ProfFlush = ProfRows = ProfCommit = ProfRead = 0;

        SqliteDocumentStore.Execute(connection, "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=1000;");
        return state.Queries;
    }

    private static void Commit(SqliteConnection connection, SqliteTransaction transaction, CorpusBuilder builder, SqliteCorpusState state, List<(long Seq, ContractDocument Document)> documents, bool writeState)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var changes = builder.Save();
        ProfSave += sw.Elapsed.TotalSeconds; sw.Restart();
        if (writeState)
        {
            WriteState(connection, transaction, state, documents[^1].Seq);
        }

        ProfFlush += sw.Elapsed.TotalSeconds; sw.Restart();
        using (var writer = new CorpusRowWriter(connection, transaction))
        {
            foreach (var (seq, document) in documents)
            {
                writer.Document(seq, document);
            }

            ProfDocs += sw.Elapsed.TotalSeconds;

            foreach (var entity in changes.Entities)
            {
                writer.Entity(entity);
            }

            foreach (var (reported, story) in changes.Events)
            {
                writer.Event(reported, story);
            }

            foreach (var story in changes.Stories)
            {
                writer.Story(story);
            }

            foreach (var (index, claim) in changes.Claims)
            {
                writer.Claim(index, claim);
            }

            foreach (var (first, conflict) in changes.Conflicts)
            {
                if (conflict is null)
                {
                    writer.RemoveConflict(first);
                }
                else
                {
                    writer.Conflict(conflict, first);
                }
            }

        }

        ProfRows += sw.Elapsed.TotalSeconds; sw.Restart();
        transaction.Commit();
        ProfCommit += sw.Elapsed.TotalSeconds;
    }

    public static double ProfDocs, ProfAdd, ProfSave, ProfFlush, ProfRows, ProfCommit, ProfRead;

    /// <summary>The buffered state and the progress mark it belongs with: the last document it covers.</summary>
    private static void WriteState(SqliteConnection connection, SqliteTransaction transaction, SqliteCorpusState state, long consolidatedSeq)
    {
        state.Flush(connection, transaction);
        using var writer = new CorpusRowWriter(connection, transaction);
        writer.Progress("consolidated_seq", consolidatedSeq);
        writer.Progress("state_version", StateVersion);
    }

    private static void Start(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using (var writer = new CorpusRowWriter(connection, transaction))
        {
            writer.Clear();
        }

        foreach (var index in SqliteSchema.BulkWriteIndexes)
        {
            SqliteDocumentStore.Execute(connection, $"DROP INDEX IF EXISTS {index}", transaction);
        }

        transaction.Commit();
    }

    private static T Timed<T>(Func<T> f) { var sw = System.Diagnostics.Stopwatch.StartNew(); var r = f(); ProfRead += sw.Elapsed.TotalSeconds; return r; }

    private static long Progress(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM corpus_progress WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
