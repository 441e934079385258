using System.Globalization;
using Atalaya.Core.Contract;
using Atalaya.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// Writes one run. Work is committed every <see cref="CommitEvery"/> documents and at the end; a
/// run that never completes keeps status 'running' so it can be told apart afterwards.
/// </summary>
internal sealed class SqliteIngestRun : IIngestRun
{
    public const int CommitEvery = 500;

    private readonly SqliteConnection connection;
    private readonly long runId;
    private readonly SqliteCommand insertDocument;
    private readonly SqliteCommand insertFailure;
    private readonly SqliteCommand insertStageFailure;
    private SqliteTransaction? transaction;
    private int pending;
    private int added;
    private int known;
    private int failures;

    public SqliteIngestRun(SqliteConnection connection, string description)
    {
        this.connection = connection;
        using (var start = connection.CreateCommand())
        {
            start.CommandText = "INSERT INTO runs(description, started, status) VALUES ($d, $t, 'running') RETURNING id";
            start.Parameters.AddWithValue("$d", description);
            start.Parameters.AddWithValue("$t", Now());
            runId = Convert.ToInt64(start.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        insertDocument = connection.CreateCommand();
        insertDocument.CommandText = """
            INSERT INTO documents(content_hash, id, source, url, language, title, published, byline, text, analysis, run_id)
            VALUES ($hash, $id, $source, $url, $language, $title, $published, $byline, $text, $analysis, $run)
            ON CONFLICT(content_hash) DO NOTHING
            """;
        foreach (var name in new[] { "$hash", "$id", "$source", "$url", "$language", "$title", "$published", "$byline", "$text", "$analysis", "$run" })
        {
            insertDocument.Parameters.Add(new SqliteParameter(name, null));
        }

        insertFailure = connection.CreateCommand();
        insertFailure.CommandText = "INSERT INTO failed_sources(run_id, source, reason, at) VALUES ($run, $source, $reason, $at)";
        foreach (var name in new[] { "$run", "$source", "$reason", "$at" })
        {
            insertFailure.Parameters.Add(new SqliteParameter(name, null));
        }

        insertStageFailure = connection.CreateCommand();
        insertStageFailure.CommandText = """
            INSERT INTO failed_stages(run_id, content_hash, document_id, source, stage, reason, skipped, at)
            VALUES ($run, $hash, $id, $source, $stage, $reason, $skipped, $at)
            """;
        foreach (var name in new[] { "$run", "$hash", "$id", "$source", "$stage", "$reason", "$skipped", "$at" })
        {
            insertStageFailure.Parameters.Add(new SqliteParameter(name, null));
        }
    }

    public int Added => added;

    public bool Add(ContractDocument document, IReadOnlyList<StageFailureRecord>? stageFailures = null)
    {
        var analysis = StoredForm.Analysis(document, out var text);
        Begin(insertDocument);

        Set(insertDocument, "$hash", document.ContentHash);
        Set(insertDocument, "$id", document.Id);
        Set(insertDocument, "$source", document.Source);
        Set(insertDocument, "$url", document.Url);
        Set(insertDocument, "$language", document.Language);
        Set(insertDocument, "$title", document.Title);
        Set(insertDocument, "$published", document.Published);
        Set(insertDocument, "$byline", document.Byline);
        Set(insertDocument, "$text", text);
        Set(insertDocument, "$analysis", analysis);
        Set(insertDocument, "$run", runId);
        var stored = insertDocument.ExecuteNonQuery() == 1;
        if (stored)
        {
            added++;
            foreach (var failure in stageFailures ?? [])
            {
                AddStageFailure(document.ContentHash, failure);
            }
        }
        else
        {
            known++;
        }

        Checkpoint();
        return stored;
    }

    public void NoteKnown() => known++;

    public void AddFailure(string source, string reason)
    {
        Begin(insertFailure);
        Set(insertFailure, "$run", runId);
        Set(insertFailure, "$source", source);
        Set(insertFailure, "$reason", reason);
        Set(insertFailure, "$at", Now());
        insertFailure.ExecuteNonQuery();
        failures++;
        Checkpoint();
    }

    /// <summary>In the transaction of the document it belongs to: both are kept or neither is.</summary>
    private void AddStageFailure(string contentHash, StageFailureRecord failure)
    {
        insertStageFailure.Transaction = transaction;
        Set(insertStageFailure, "$run", runId);
        Set(insertStageFailure, "$hash", contentHash);
        Set(insertStageFailure, "$id", failure.DocumentId);
        Set(insertStageFailure, "$source", failure.Source);
        Set(insertStageFailure, "$stage", failure.Stage);
        Set(insertStageFailure, "$reason", failure.Reason);
        Set(insertStageFailure, "$skipped", failure.Skipped ? 1 : 0);
        Set(insertStageFailure, "$at", Now());
        insertStageFailure.ExecuteNonQuery();
    }

    public void Complete()
    {
        Begin(null);
        using (var finish = connection.CreateCommand())
        {
            finish.Transaction = transaction;
            finish.CommandText = "UPDATE runs SET finished = $t, status = 'completed', documents_added = $a, documents_known = $k, failures = $f WHERE id = $id";
            finish.Parameters.AddWithValue("$t", Now());
            finish.Parameters.AddWithValue("$a", added);
            finish.Parameters.AddWithValue("$k", known);
            finish.Parameters.AddWithValue("$f", failures);
            finish.Parameters.AddWithValue("$id", runId);
            finish.ExecuteNonQuery();
        }

        CommitPending();
    }

    public void Dispose()
    {
        // Not completed: the open transaction is rolled back, committed batches stay.
        transaction?.Dispose();
        transaction = null;
        insertDocument.Dispose();
        insertFailure.Dispose();
        insertStageFailure.Dispose();
    }

    private void Begin(SqliteCommand? command)
    {
        transaction ??= connection.BeginTransaction();
        if (command is not null)
        {
            command.Transaction = transaction;
        }
    }

    private void Checkpoint()
    {
        if (++pending >= CommitEvery)
        {
            CommitPending();
        }
    }

    private void CommitPending()
    {
        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
        pending = 0;
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    private static string Now() => StoredForm.Now();
}
