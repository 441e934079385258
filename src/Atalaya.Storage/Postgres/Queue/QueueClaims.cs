using Atalaya.Core.Documents;
using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Queue;

/// <summary>
/// Claiming: expired leases go back to the queue first, then queued jobs are leased in id order.
/// A job on its last attempt is claimed alone: a document that kills its worker (a crash no code
/// catches) takes only itself to dead, never the documents that shared its earlier batches.
/// </summary>
internal static class QueueClaims
{
    private const string Returned = """
        q.id, q.run_id, q.attempts, q.document_id, q.source, q.text, q.url, q.title, q.published, q.byline, q.declared_language, q.format, q.encoding
        """;

    public static QueueLease? Claim(NpgsqlConnection connection, string worker, int batch, TimeSpan lease, int maxAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        using var transaction = connection.BeginTransaction();
        ReturnExpired(connection, transaction, maxAttempts);
        var token = Guid.NewGuid();
        var last = maxAttempts - 1L;
        var jobs = Take(connection, transaction, worker, token, lease, "attempts >= @last", 1, last);
        if (jobs.Count == 0)
        {
            jobs = Take(connection, transaction, worker, token, lease, "attempts < @last", batch, last);
        }

        if (jobs.Count > 0)
        {
            using var seen = Commands.Create(connection, "UPDATE work_queue_workers SET last_seen = clock_timestamp(), batches = batches + 1 WHERE name = @worker", transaction);
            Commands.Add(seen, "@worker", worker);
            seen.ExecuteNonQuery();
        }

        transaction.Commit();
        return jobs.Count == 0 ? null : new QueueLease(token, jobs);
    }

    /// <summary>
    /// Leases whose holder stopped renewing them (killed, stopped, cut off from the server): queued
    /// again, or dead after their last attempt (recorded with the other inputs that failed).
    /// </summary>
    private static void ReturnExpired(NpgsqlConnection connection, NpgsqlTransaction transaction, int maxAttempts)
    {
        using var command = Commands.Create(connection, """
            WITH expired AS (
                SELECT id FROM work_queue WHERE state = 'running' AND lease_expires < clock_timestamp()
                ORDER BY lease_expires LIMIT 10000 FOR UPDATE SKIP LOCKED)
            , returned AS (
                UPDATE work_queue q SET
                    state = CASE WHEN q.attempts >= @max THEN 'dead' ELSE 'queued' END,
                    error = 'attempt ' || q.attempts || ' by worker ' || q.worker || ' did not finish within its lease (the worker died, stopped or lost the server)',
                    lease_token = NULL, lease_expires = NULL,
                    finished = CASE WHEN q.attempts >= @max THEN clock_timestamp() END
                FROM expired WHERE q.id = expired.id
                RETURNING q.state, q.run_id, q.source, q.error)
            INSERT INTO failed_sources(run_id, source, reason, at)
            SELECT run_id, source, error, @at FROM returned WHERE state = 'dead'
            """, transaction);
        Commands.Add(command, "@max", (long)maxAttempts);
        Commands.Add(command, "@at", StoredForm.Now());
        command.ExecuteNonQuery();
    }

    private static List<QueueJob> Take(NpgsqlConnection connection, NpgsqlTransaction transaction, string worker, Guid token, TimeSpan lease, string attempts, int limit, long last)
    {
        using var command = Commands.Create(connection, $"""
            WITH picked AS (
                SELECT id FROM work_queue WHERE state = 'queued' AND {attempts}
                ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED)
            UPDATE work_queue q SET state = 'running', attempts = q.attempts + 1, lease_token = @token,
                lease_expires = clock_timestamp() + @lease, claimed = clock_timestamp(), worker = @worker
            FROM picked WHERE q.id = picked.id
            RETURNING {Returned}
            """, transaction);
        Commands.Add(command, "@last", last);
        Commands.Add(command, "@limit", (long)limit);
        Commands.Add(command, "@token", token);
        Commands.Add(command, "@lease", lease);
        Commands.Add(command, "@worker", worker);
        var jobs = new List<QueueJob>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
            var document = new SourceDocument
            {
                Id = reader.GetString(3),
                Source = reader.GetString(4),
                Text = reader.GetString(5),
                Metadata = new SourceMetadata
                {
                    Url = Text(6),
                    Title = Text(7),
                    Published = Text(8),
                    Byline = Text(9),
                    DeclaredLanguage = Text(10),
                    Format = reader.GetString(11),
                    Encoding = Text(12),
                },
            };
            jobs.Add(new QueueJob(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), document));
        }

        // RETURNING gives no order: the batch is analyzed and stored in submission order.
        jobs.Sort((a, b) => a.Id.CompareTo(b.Id));
        return jobs;
    }
}
