using Atalaya.Core.Contract;
using Atalaya.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Atalaya.Storage.Postgres.Queue;

/// <summary>
/// The end of a lease, in one transaction: the lease is checked by updating the leased rows with its
/// token, so that once the check passes those rows are locked by this transaction and no other worker
/// can reclaim them before it commits; when any row no longer carries the token (or its lease ran
/// out) everything is rolled back: the late worker is fenced and its analysis dropped.
/// </summary>
internal static class QueueCompletion
{
    private const string Columns = "content_hash, id, source, url, language, title, published, byline, text, analysis, run_id";

    public static CompletionResult Complete(NpgsqlConnection connection, string worker, QueueLease lease, IReadOnlyList<JobOutcome> outcomes, int maxAttempts)
    {
        var jobs = lease.Jobs.ToDictionary(job => job.Id);
        var analyzed = outcomes.Where(o => o.Document is not null).ToList();
        var failed = outcomes.Where(o => o.Document is null).ToList();
        using var transaction = connection.BeginTransaction();
        var dead = 0;
        if (MarkDone(connection, transaction, lease.Token, analyzed) != analyzed.Count
            || !TryReturnFailed(connection, transaction, lease.Token, failed, maxAttempts, out dead))
        {
            transaction.Rollback();
            Count(connection, null, worker, "fenced = fenced + 1");
            return new CompletionResult(false, 0, 0, 0, 0);
        }

        // Documents take their seq in commit order (see AdvisoryLocks.Ingest): consolidation reads them as a prefix.
        Commands.Execute(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Ingest})", transaction);
        var stored = WriteDocuments(connection, transaction, analyzed, jobs);
        Count(connection, transaction, worker, $"done = done + {analyzed.Count}, failed = failed + {failed.Count}");
        transaction.Commit();
        return new CompletionResult(true, stored, analyzed.Count - stored, failed.Count - dead, dead);
    }

    private static int MarkDone(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid token, List<JobOutcome> analyzed)
    {
        if (analyzed.Count == 0)
        {
            return 0;
        }

        // The text is dropped from the queue: documents holds it from this transaction on.
        using var command = Commands.Create(connection, """
            UPDATE work_queue SET state = 'done', finished = clock_timestamp(), text = NULL, lease_token = NULL, lease_expires = NULL
            WHERE id = ANY(@ids) AND lease_token = @token AND state = 'running' AND lease_expires > clock_timestamp()
            """, transaction);
        Commands.Add(command, "@ids", analyzed.Select(o => o.JobId).ToArray());
        Commands.Add(command, "@token", token);
        return command.ExecuteNonQuery();
    }

    /// <summary>Failed jobs go back to the queue, or to dead after their last attempt (recorded with the inputs that failed).</summary>
    private static bool TryReturnFailed(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid token, List<JobOutcome> failed, int maxAttempts, out int dead)
    {
        dead = 0;
        if (failed.Count == 0)
        {
            return true;
        }

        using var command = Commands.Create(connection, """
            WITH returned AS (
                UPDATE work_queue q SET
                    state = CASE WHEN q.attempts >= @max THEN 'dead' ELSE 'queued' END,
                    error = 'attempt ' || q.attempts || ': ' || f.reason,
                    lease_token = NULL, lease_expires = NULL,
                    finished = CASE WHEN q.attempts >= @max THEN clock_timestamp() END
                FROM unnest(@ids, @reasons) AS f(id, reason)
                WHERE q.id = f.id AND q.lease_token = @token AND q.state = 'running' AND q.lease_expires > clock_timestamp()
                RETURNING q.state, q.run_id, q.source, q.error)
            , recorded AS (
                INSERT INTO failed_sources(run_id, source, reason, at)
                SELECT run_id, source, error, @at FROM returned WHERE state = 'dead')
            SELECT COUNT(*), COUNT(*) FILTER (WHERE state = 'dead') FROM returned
            """, transaction);
        Commands.Add(command, "@ids", failed.Select(o => o.JobId).ToArray());
        Commands.Add(command, "@reasons", failed.Select(o => o.Error!).ToArray());
        Commands.Add(command, "@token", token);
        Commands.Add(command, "@max", (long)maxAttempts);
        Commands.Add(command, "@at", StoredForm.Now());
        using var reader = command.ExecuteReader();
        reader.Read();
        var returned = reader.GetInt64(0);
        dead = (int)reader.GetInt64(1);
        return returned == failed.Count;
    }

    /// <summary>Stores the analyzed documents in job order; returns how many were new (content another writer stored meanwhile is skipped).</summary>
    private static int WriteDocuments(NpgsqlConnection connection, NpgsqlTransaction transaction, List<JobOutcome> analyzed, Dictionary<long, QueueJob> jobs)
    {
        if (analyzed.Count == 0)
        {
            return 0;
        }

        var already = new HashSet<string>(StringComparer.Ordinal);
        using (var check = Commands.Create(connection, "SELECT content_hash FROM documents WHERE content_hash = ANY(@hashes)", transaction))
        {
            Commands.Add(check, "@hashes", analyzed.Select(o => o.Document!.ContentHash).ToArray());
            using var reader = check.ExecuteReader();
            while (reader.Read())
            {
                already.Add(reader.GetString(0));
            }
        }

        var stored = new List<JobOutcome>();
        using (var copy = connection.BeginBinaryImport($"COPY documents ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var outcome in analyzed.OrderBy(o => o.JobId).Where(o => already.Add(o.Document!.ContentHash)))
            {
                var document = outcome.Document!;
                var analysis = StoredForm.Analysis(document, out var text);
                copy.StartRow();
                foreach (var value in new[] { document.ContentHash, document.Id, document.Source, document.Url, document.Language, document.Title, document.Published, document.Byline, text, analysis })
                {
                    if (value is null)
                    {
                        copy.WriteNull();
                    }
                    else
                    {
                        copy.Write(value, NpgsqlDbType.Text);
                    }
                }

                copy.Write(jobs[outcome.JobId].RunId, NpgsqlDbType.Bigint);
                stored.Add(outcome);
            }

            copy.Complete();
        }

        var at = StoredForm.Now();
        var failures = stored.SelectMany(o => o.StageFailures.Select(f => (o.Document!.ContentHash, RunId: jobs[o.JobId].RunId, Failure: f))).ToList();
        BulkInsert.Run(
            PostgresDialect.Instance, connection, transaction,
            "INSERT INTO failed_stages(run_id, content_hash, document_id, source, stage, reason, skipped, at) VALUES ", "",
            failures, 8, f => [f.RunId, f.ContentHash, f.Failure.DocumentId, f.Failure.Source, f.Failure.Stage, f.Failure.Reason, f.Failure.Skipped ? 1L : 0L, at]);
        return stored.Count;
    }

    private static void Count(NpgsqlConnection connection, NpgsqlTransaction? transaction, string worker, string increments)
    {
        using var command = Commands.Create(connection, $"UPDATE work_queue_workers SET last_seen = clock_timestamp(), {increments} WHERE name = @worker", transaction);
        Commands.Add(command, "@worker", worker);
        command.ExecuteNonQuery();
    }
}
