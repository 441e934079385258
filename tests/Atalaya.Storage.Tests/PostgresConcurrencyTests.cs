using Atalaya.Core.Contract;
using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;
using static Atalaya.Storage.Tests.CorpusConsolidationTests;

namespace Atalaya.Storage.Tests;

/// <summary>
/// A team's database: several ingest processes (here, stores on their own connections and threads)
/// write one PostgreSQL database at once. Each distinct document is stored once and consolidated
/// once, and a connection that dies loses at most what it had not committed.
/// </summary>
[Collection(UsesPostgresServer.Name)]
public sealed class PostgresConcurrencyTests(PostgresServer server) : StoreTests(new PostgresEngine(server))
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Two_runs_storing_overlapping_documents_at_once_store_and_consolidate_each_document_once()
    {
        var path = Engine.NewDatabase("two-runs");
        var documents = Mixed();
        var parts = new[] { documents[..650], documents[250..] };
        using var start = new Barrier(parts.Length);
        var runs = parts.Select(part => Task.Run(() =>
        {
            using var store = Engine.Open(path);
            start.SignalAndWait(Generous);
            var added = 0;
            using (var run = store.BeginRun("concurrent"))
            {
                for (var i = 0; i < part.Count; i++)
                {
                    added += run.Add(Documents.Copy(part[i])) ? 1 : 0;

                    // Consolidate now and then while the other run writes, as a long ingest would between batches.
                    if (i % 200 == 199)
                    {
                        store.Consolidate();
                    }
                }

                run.Complete();
            }

            store.Consolidate();
            return added;
        })).ToArray();
        var added = await Task.WhenAll(runs).WaitAsync(Generous);

        var distinct = documents.Select(d => d.ContentHash).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(distinct, Engine.Count(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(distinct, Engine.Count(path, "SELECT COUNT(DISTINCT content_hash) FROM documents"));

        // Add answers from what was stored when it checked; what each run recorded is what it stored.
        Assert.InRange(added.Sum(), distinct, parts.Sum(p => p.Count));
        Assert.Equal(distinct, Engine.Count(path, "SELECT SUM(documents_added) FROM runs"));
        Assert.Equal(parts.Sum(p => p.Count), Engine.Count(path, "SELECT SUM(documents_added + documents_known) FROM runs"));
        Assert.Equal(distinct, Engine.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));

        using var reader = Engine.Open(path);
        Assert.Equal(0, Engine.PendingConsolidation(reader));
        var stored = reader.Documents().ToList();
        Assert.Equal(Json(Batch(stored)), Json(reader.Corpus(includeText: true)));
    }

    [Fact]
    public async Task Stores_consolidating_the_same_pending_documents_at_once_consolidate_each_once()
    {
        var path = Engine.NewDatabase("pending");
        List<ContractDocument> stored;
        using (var writer = Engine.Open(path))
        {
            stored = Store(writer, Mixed()[..500]);
        }

        // Not consolidated: as left by a run that was killed before consolidating.
        Assert.Equal(0, Engine.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));

        var targets = DatabaseTarget.Parse(path);
        using var start = new Barrier(3);
        var consolidations = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(Generous);

            // Opening consolidates what is pending; each store tries at the same moment.
            using var store = Postgres.PostgresDocumentStore.Open(targets);
            store.Consolidate();
        })).ToArray();
        await Task.WhenAll(consolidations).WaitAsync(Generous);

        Assert.Equal(stored.Count, Engine.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));
        using var reader = Engine.Open(path);
        Assert.Equal(Json(Batch(stored)), Json(reader.Corpus(includeText: true)));
    }

    [Fact]
    public async Task A_consolidation_killed_inside_its_transaction_loses_that_chunk_only_and_the_next_open_catches_up()
    {
        var path = Engine.NewDatabase("killed-consolidation");
        var documents = Mixed();
        var store = Engine.Open(path);
        var stored = Store(store, documents[..300]);
        store.Consolidate();
        stored.AddRange(Store(store, documents[300..]));
        var consolidated = Engine.Count(path, "SELECT value FROM corpus_progress WHERE name = 'consolidated_seq'");

        // Another session holds corpus_progress: the consolidation's first chunk waits inside its
        // transaction, with its state and rows written, until the server ends its connection.
        using var blocker = Engine.Connect(path);
        using var hold = blocker.BeginTransaction();
        using (var lockTable = blocker.CreateCommand())
        {
            lockTable.Transaction = hold;
            lockTable.CommandText = "LOCK TABLE corpus_progress IN EXCLUSIVE MODE";
            lockTable.ExecuteNonQuery();
        }

        var consolidation = Task.Run(() => Engine.Consolidate(store, 16));
        await WaitUntil(() => Engine.Count(path, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 1);
        Engine.Execute(path, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        await Assert.ThrowsAnyAsync<Exception>(() => consolidation.WaitAsync(Generous));
        store.Dispose();
        hold.Rollback();

        Assert.Equal(consolidated, Engine.Count(path, "SELECT value FROM corpus_progress WHERE name = 'consolidated_seq'"));
        using var reopened = Engine.Open(path);
        Assert.Equal(0, Engine.PendingConsolidation(reopened));
        Assert.Equal(stored.Count, Engine.Count(path, "SELECT COUNT(*) FROM corpus_document_links"));
        Assert.Equal(Json(Batch(stored)), Json(reopened.Corpus(includeText: true)));
    }

    [Fact]
    public void A_run_whose_connection_is_killed_keeps_its_committed_batches_and_the_database_goes_on()
    {
        var path = Engine.NewDatabase("killed");
        var documents = Mixed().DistinctBy(d => d.ContentHash).ToList();
        var committed = Engine.CommitEvery;
        var store = Engine.Open(path);
        var run = store.BeginRun("killed");
        for (var i = 0; i < committed + 120; i++)
        {
            Assert.True(run.Add(Documents.Copy(documents[i])));
        }

        // The server ends the run's connection, as it does when the process dies or the network goes.
        Assert.Equal(1, Engine.Count(path, "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS ended"));
        Assert.ThrowsAny<Exception>(() =>
        {
            run.Complete();
        });
        run.Dispose();
        store.Dispose();

        Assert.Equal(committed, Engine.Count(path, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(["running"], Engine.Column(path, "SELECT status FROM runs"));

        // The next run stores the rest once and the corpus is the batch build of everything stored.
        using var next = Engine.Open(path);
        var stored = next.Documents().ToList();
        Assert.Equal(committed, stored.Count);
        stored.AddRange(Store(next, documents.Select(Documents.Copy)));
        next.Consolidate();
        Assert.Equal(documents.Select(d => d.ContentHash).Distinct(StringComparer.Ordinal).Count(), stored.Count);
        Assert.Equal(Json(Batch(stored)), Json(next.Corpus(includeText: true)));
        Engine.AssertIntact(path);
    }

    /// <summary>Checks <paramref name="condition"/> until it holds, within a generous limit (the machine may be busy).</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Generous, "the condition did not hold within the limit");
            await Task.Delay(20);
        }
    }
}
