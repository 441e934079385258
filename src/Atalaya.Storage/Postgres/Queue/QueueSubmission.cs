using Atalaya.Core.Documents;
using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Queue;

/// <summary>
/// One submission: a run whose documents are queued, not analyzed. They are written every
/// <see cref="CommitEvery"/> documents in one statement each; content already stored or already
/// queued (by this run or any other) is skipped by the database, so two submitters of the same
/// text queue it once.
/// </summary>
public sealed class QueueSubmission : IDisposable
{
    public const int CommitEvery = 500;

    private readonly NpgsqlConnection connection;
    private readonly DatabaseTarget target;
    private readonly long runId;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<SourceDocument> pending = [];
    private readonly List<(string Source, string Reason)> failures = [];
    private int queued;
    private int known;
    private int failureCount;

    internal QueueSubmission(NpgsqlConnection connection, string description, DatabaseTarget target)
    {
        this.connection = connection;
        this.target = target;
        using var start = Commands.Create(connection, "INSERT INTO runs(description, started, status) VALUES (@d, @t, 'submitting') RETURNING id");
        Commands.Add(start, "@d", description);
        Commands.Add(start, "@t", StoredForm.Now());
        runId = (long)start.ExecuteScalar()!;
    }

    public long RunId => runId;

    public void Add(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!seen.Add(document.ContentHash))
        {
            known++;
            return;
        }

        pending.Add(document);
        if (pending.Count + failures.Count >= CommitEvery)
        {
            Write();
        }
    }

    /// <summary>An input that could not be read (recorded with the run, as an ingest records it).</summary>
    public void AddFailure(string source, string reason)
    {
        failures.Add((source, reason));
        failureCount++;
        if (pending.Count + failures.Count >= CommitEvery)
        {
            Write();
        }
    }

    /// <summary>Writes what is pending and marks the submission done (its documents wait for workers).</summary>
    public SubmissionTotals Complete()
    {
        Write();
        try
        {
            Finish();
        }
        catch (NpgsqlException error)
        {
            throw new StoreException($"{target}: {PostgresDocumentStore.Describe(error)}");
        }

        return new SubmissionTotals(runId, queued, known, failureCount);
    }

    private void Finish()
    {
        using var finish = Commands.Create(connection, "UPDATE runs SET finished = @t, status = 'submitted', documents_added = @a, documents_known = @k, failures = @f WHERE id = @id");
        Commands.Add(finish, "@t", StoredForm.Now());
        Commands.Add(finish, "@a", (long)queued);
        Commands.Add(finish, "@k", (long)known);
        Commands.Add(finish, "@f", (long)failureCount);
        Commands.Add(finish, "@id", runId);
        finish.ExecuteNonQuery();
    }

    public void Dispose()
    {
        pending.Clear();
        failures.Clear();
    }

    private void Write()
    {
        try
        {
            WritePending();
        }
        catch (NpgsqlException error)
        {
            throw new StoreException($"{target}: {PostgresDocumentStore.Describe(error)}");
        }
    }

    private void WritePending()
    {
        using var transaction = connection.BeginTransaction();
        if (pending.Count > 0)
        {
            // WITH ORDINALITY and ORDER BY: ids follow the input order, which is the order workers claim in.
            using var insert = Commands.Create(connection, """
                INSERT INTO work_queue(content_hash, run_id, document_id, source, text, url, title, published, byline, declared_language, format, encoding)
                SELECT t.content_hash, @run, t.document_id, t.source, t.text, t.url, t.title, t.published, t.byline, t.declared_language, t.format, t.encoding
                FROM unnest(@hashes, @ids, @sources, @texts, @urls, @titles, @published, @bylines, @languages, @formats, @encodings) WITH ORDINALITY
                    AS t(content_hash, document_id, source, text, url, title, published, byline, declared_language, format, encoding, position)
                WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = t.content_hash)
                ORDER BY t.position
                ON CONFLICT (content_hash) DO NOTHING
                """, transaction);
            Commands.Add(insert, "@run", runId);
            Commands.Add(insert, "@hashes", pending.Select(d => d.ContentHash).ToArray());
            Commands.Add(insert, "@ids", pending.Select(d => d.Id).ToArray());
            Commands.Add(insert, "@sources", pending.Select(d => d.Source).ToArray());
            Commands.Add(insert, "@texts", pending.Select(d => d.Text).ToArray());
            Commands.Add(insert, "@urls", pending.Select(d => d.Metadata.Url).ToArray());
            Commands.Add(insert, "@titles", pending.Select(d => d.Metadata.Title).ToArray());
            Commands.Add(insert, "@published", pending.Select(d => d.Metadata.Published).ToArray());
            Commands.Add(insert, "@bylines", pending.Select(d => d.Metadata.Byline).ToArray());
            Commands.Add(insert, "@languages", pending.Select(d => d.Metadata.DeclaredLanguage).ToArray());
            Commands.Add(insert, "@formats", pending.Select(d => d.Metadata.Format).ToArray());
            Commands.Add(insert, "@encodings", pending.Select(d => d.Metadata.Encoding).ToArray());
            var inserted = insert.ExecuteNonQuery();
            queued += inserted;
            known += pending.Count - inserted;
        }

        foreach (var (source, reason) in failures)
        {
            using var failure = Commands.Create(connection, "INSERT INTO failed_sources(run_id, source, reason, at) VALUES (@run, @source, @reason, @at)", transaction);
            Commands.Add(failure, "@run", runId);
            Commands.Add(failure, "@source", source);
            Commands.Add(failure, "@reason", reason);
            Commands.Add(failure, "@at", StoredForm.Now());
            failure.ExecuteNonQuery();
        }

        transaction.Commit();
        pending.Clear();
        failures.Clear();
    }
}
