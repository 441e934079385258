using Atalaya.Core.Contract;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

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

    // 2: numbered state in its own tables, what the corpus rows hold not kept twice.
    // 3: story profiles carry their incidents' signatures, and merged stories are recorded.
    private const int StateVersion = 3;

    /// <summary>Consolidates what is pending; returns the number of state queries it made.</summary>
    public static long Run(SqlDialect dialect, DbConnection connection, Func<long, int, List<(long Seq, ContractDocument Document)>> documentsAfter, int chunk = Chunk)
    {
        // One consolidation at a time per database (two ingest processes would otherwise both write
        // the rows of the same documents); the progress is read once this connection holds it.
        using var hold = dialect.HoldConsolidation(connection);
        var last = Progress(connection, "consolidated_seq");
        var fresh = last == 0 || Progress(connection, "state_version") != StateVersion;
        if (fresh)
        {
            // No state to continue from (a new database, one of an older version or state format, or
            // corpus rows written without state): consolidate from the first document.
            Start(dialect, connection);
            last = 0;
        }

        using (dialect.TuneForConsolidation(connection))
        {
            using var state = new CorpusStateTables(dialect, connection, empty: fresh);
            var builder = new CorpusBuilder(includeText: false, state);
            var consolidated = last;
            while (documentsAfter(consolidated, chunk) is { Count: > 0 } documents)
            {
                using var transaction = connection.BeginTransaction();
                if (fresh)
                {
                    dialect.DeferDerivedTables(connection, transaction);
                }

                state.Transaction = transaction;
                foreach (var (_, document) in documents)
                {
                    builder.Add(document);
                }

                Commit(dialect, connection, transaction, builder, state, documents, writeState: !fresh);
                consolidated = documents[^1].Seq;
            }

            if (fresh)
            {
                using var transaction = connection.BeginTransaction();
                dialect.DeferDerivedTables(connection, transaction);
                if (consolidated > last)
                {
                    WriteState(dialect, connection, transaction, state, consolidated);
                }

                dialect.RestoreIndexes(connection, transaction);
                dialect.RefillDerivedTables(connection, transaction);
                transaction.Commit();
            }

            return state.Queries;
        }
    }

    private static void Commit(SqlDialect dialect, DbConnection connection, DbTransaction transaction, CorpusBuilder builder, CorpusStateTables state, List<(long Seq, ContractDocument Document)> documents, bool writeState)
    {
        var changes = builder.Save();
        if (writeState)
        {
            WriteState(dialect, connection, transaction, state, documents[^1].Seq);
        }

        using (var writer = new CorpusRowWriter(dialect, connection, transaction))
        {
            foreach (var (seq, document) in documents)
            {
                writer.Document(seq, document);
            }

            foreach (var (absorbed, into) in changes.StoryMerges)
            {
                writer.MergeStory(absorbed, into);
            }

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

            writer.Flush();
        }

        transaction.Commit();
    }

    /// <summary>The buffered state and the progress mark it belongs with: the last document it covers.</summary>
    private static void WriteState(SqlDialect dialect, DbConnection connection, DbTransaction transaction, CorpusStateTables state, long consolidatedSeq)
    {
        state.Flush(connection, transaction);
        using var writer = new CorpusRowWriter(dialect, connection, transaction);
        writer.Progress("consolidated_seq", consolidatedSeq);
        writer.Progress("state_version", StateVersion);
        writer.Flush();
    }

    private static void Start(SqlDialect dialect, DbConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        dialect.DeferDerivedTables(connection, transaction);
        using (var writer = new CorpusRowWriter(dialect, connection, transaction))
        {
            writer.Clear();
            writer.Flush();
        }

        foreach (var index in dialect.BulkWriteIndexes)
        {
            Commands.Execute(connection, $"DROP INDEX IF EXISTS {index}", transaction);
        }

        transaction.Commit();
    }

    private static long Progress(DbConnection connection, string name)
    {
        using var command = Commands.Create(connection, "SELECT value FROM corpus_progress WHERE name = @name");
        Commands.Add(command, "@name", name);
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
