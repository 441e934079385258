using Atalaya.Core.Contract;
using Atalaya.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Atalaya.Storage.Postgres;

/// <summary>
/// Writes one run into PostgreSQL. What the run adds is kept in memory and written every
/// <see cref="CommitEvery"/> documents and at the end, in one short transaction each, under the
/// ingest lock: concurrent runs give seqs in commit order and never wait on each other's unfinished
/// batches. Every writer of documents holds that lock, so the batch is checked against what is
/// stored and the rest goes in by binary COPY: a document another run stored meanwhile is skipped
/// (and counted as known). A run that never completes loses its unwritten batch only and keeps
/// status 'running'.
/// </summary>
internal sealed class PostgresIngestRun : IIngestRun
{
    public const int CommitEvery = 500;

    private const string Columns = "content_hash, id, source, url, language, title, published, byline, text, analysis";

    private readonly NpgsqlConnection connection;
    private readonly RecentlyAbsent absent;
    private readonly long runId;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<PendingDocument> documents = [];
    private readonly List<(string ContentHash, StageFailureRecord Failure, string At)> stageFailures = [];
    private readonly List<(string Source, string Reason, string At)> failures = [];
    private int added;
    private int known;
    private int failureCount;

    public PostgresIngestRun(NpgsqlConnection connection, string description, RecentlyAbsent absent)
    {
        this.connection = connection;
        this.absent = absent;
        using (var start = Commands.Create(connection, "INSERT INTO runs(description, started, status) VALUES (@d, @t, 'running') RETURNING id"))
        {
            Commands.Add(start, "@d", description);
            Commands.Add(start, "@t", StoredForm.Now());
            runId = (long)start.ExecuteScalar()!;
        }

    }

    public bool Add(ContractDocument document, IReadOnlyList<StageFailureRecord>? stageFailures = null)
    {
        var analysis = StoredForm.Analysis(document, out var text);
        if (!seen.Add(document.ContentHash) || (!absent.Take(document.ContentHash) && Contains(document.ContentHash)))
        {
            known++;
            return false;
        }

        documents.Add(new PendingDocument(document, text, analysis));
        var at = StoredForm.Now();
        foreach (var failure in stageFailures ?? [])
        {
            this.stageFailures.Add((document.ContentHash, failure, at));
        }

        added++;
        Checkpoint();
        return true;
    }

    public void NoteKnown() => known++;

    public void AddFailure(string source, string reason)
    {
        failures.Add((source, reason, StoredForm.Now()));
        failureCount++;
        Checkpoint();
    }

    public void Complete() => Write(complete: true);

    public void Dispose()
    {
        // Not completed: the batch not written yet is dropped, written batches stay.
        documents.Clear();
        stageFailures.Clear();
        failures.Clear();
    }

    private void Checkpoint()
    {
        if (documents.Count + failures.Count >= CommitEvery)
        {
            Write(complete: false);
        }
    }

    private void Write(bool complete)
    {
        using var transaction = connection.BeginTransaction();
        Commands.Execute(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Ingest})", transaction);
        var stored = WriteDocuments(transaction);

        // Stage failures belong with their document: kept only when this run stored it.
        var kept = stageFailures.Where(f => stored.Contains(f.ContentHash)).ToList();
        BulkInsert.Run(
            PostgresDialect.Instance, connection, transaction,
            "INSERT INTO failed_stages(run_id, content_hash, document_id, source, stage, reason, skipped, at) VALUES ", "",
            kept, 8, f => [runId, f.ContentHash, f.Failure.DocumentId, f.Failure.Source, f.Failure.Stage, f.Failure.Reason, f.Failure.Skipped ? 1L : 0L, f.At]);
        BulkInsert.Run(
            PostgresDialect.Instance, connection, transaction,
            "INSERT INTO failed_sources(run_id, source, reason, at) VALUES ", "",
            failures, 4, f => [runId, f.Source, f.Reason, f.At]);

        if (complete)
        {
            using var finish = Commands.Create(connection, "UPDATE runs SET finished = @t, status = 'completed', documents_added = @a, documents_known = @k, failures = @f WHERE id = @id", transaction);
            Commands.Add(finish, "@t", StoredForm.Now());
            Commands.Add(finish, "@a", (long)added);
            Commands.Add(finish, "@k", (long)known);
            Commands.Add(finish, "@f", (long)failureCount);
            Commands.Add(finish, "@id", runId);
            finish.ExecuteNonQuery();
        }

        transaction.Commit();
        documents.Clear();
        stageFailures.Clear();
        failures.Clear();
    }

    /// <summary>Writes the batch's documents in the order they were added; returns the content hashes stored (not stored meanwhile by another run).</summary>
    private HashSet<string> WriteDocuments(NpgsqlTransaction transaction)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (documents.Count == 0)
        {
            return stored;
        }

        var already = new HashSet<string>(StringComparer.Ordinal);
        using (var check = Commands.Create(connection, "SELECT content_hash FROM documents WHERE content_hash = ANY(@hashes)", transaction))
        {
            Commands.Add(check, "@hashes", documents.Select(d => d.Document.ContentHash).ToArray());
            using var reader = check.ExecuteReader();
            while (reader.Read())
            {
                already.Add(reader.GetString(0));
            }
        }

        using (var copy = connection.BeginBinaryImport($"COPY documents ({Columns}, run_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (document, text, analysis) in documents.Where(d => !already.Contains(d.Document.ContentHash)))
            {
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

                copy.Write(runId, NpgsqlDbType.Bigint);
                stored.Add(document.ContentHash);
            }

            copy.Complete();
        }

        // Another run stored some of these after they were checked: they are known, not added.
        added -= already.Count;
        known += already.Count;
        return stored;
    }

    private bool Contains(string contentHash)
    {
        using var command = Commands.Create(connection, "SELECT 1 FROM documents WHERE content_hash = @hash");
        Commands.Add(command, "@hash", contentHash);
        return command.ExecuteScalar() is not null;
    }

    private sealed record PendingDocument(ContractDocument Document, string Text, string Analysis);
}
