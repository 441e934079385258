using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Alerts;

namespace Atalaya.Storage.Relational;

/// <summary>
/// What every engine's document store does the same way over its open connection: reading stored
/// documents, failures and the summary, and consolidating the corpus. Each engine's store opens the
/// connection, creates its schema and writes its runs; it hands everything else to this class.
/// </summary>
internal sealed class RelationalStore(DbConnection connection, SqlDialect dialect, string name)
{
    /// <summary>The database as messages name it (a path, or a URI without its password).</summary>
    public string Name => name;

    private readonly List<AlertEntry> raisedAlerts = [];

    /// <summary>State queries the last consolidation made (reading what earlier runs stored), for measuring.</summary>
    public long LastStateQueries { get; private set; }

    /// <summary>Documents stored after the last consolidation (none when the corpus tables are up to date).</summary>
    public long PendingConsolidation
        => Commands.Count(connection, "SELECT COUNT(*) FROM documents WHERE seq > (SELECT COALESCE(MAX(value), 0) FROM corpus_progress WHERE name = 'consolidated_seq')");

    /// <summary>The last documents.seq whose corpus rows are written (0: none).</summary>
    public long ConsolidatedSeq
        => Commands.Count(connection, "SELECT COALESCE(MAX(value), 0) FROM corpus_progress WHERE name = 'consolidated_seq'");

    public bool Contains(string contentHash)
    {
        using var command = Commands.Create(connection, "SELECT 1 FROM documents WHERE content_hash = @hash");
        Commands.Add(command, "@hash", contentHash);
        return command.ExecuteScalar() is not null;
    }

    public IEnumerable<ContractDocument> Documents()
    {
        using var command = Commands.Create(connection, "SELECT analysis, text FROM documents ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var document = Parse(reader.GetString(0));
            document.Text = reader.GetString(1);
            yield return document;
        }
    }

    /// <summary>At most <paramref name="limit"/> stored documents after <paramref name="seq"/>, with their seq, in order.</summary>
    public List<(long Seq, ContractDocument Document)> DocumentsAfter(long seq, int limit)
    {
        var rows = new List<(long Seq, string Analysis, string Text)>();
        using (var command = Commands.Create(connection, "SELECT seq, analysis, text FROM documents WHERE seq > @seq ORDER BY seq LIMIT @limit"))
        {
            Commands.Add(command, "@seq", seq);
            Commands.Add(command, "@limit", limit);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        // Parsing the analyses costs more than reading them and each is parsed on its own: on all cores.
        var documents = new (long Seq, ContractDocument Document)[rows.Count];
        try
        {
            Parallel.For(0, rows.Count, i =>
            {
                var document = Parse(rows[i].Analysis);
                document.Text = rows[i].Text;
                documents[i] = (rows[i].Seq, document);
            });
        }
        catch (AggregateException parallel) when (parallel.InnerExceptions.Count > 0)
        {
            // The callers handle a StoreException or a JsonException as such, not wrapped by Parallel.For.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(parallel.InnerExceptions[0]).Throw();
        }

        return [.. documents];
    }

    public IEnumerable<FailedSource> FailedSources()
    {
        using var command = Commands.Create(connection, "SELECT run_id, source, reason, at FROM failed_sources ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new FailedSource(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
    }

    public IEnumerable<FailedStage> FailedStages()
    {
        using var command = Commands.Create(connection, "SELECT run_id, content_hash, document_id, source, stage, reason, skipped, at FROM failed_stages ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var failure = new StageFailureRecord(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt64(6) != 0);
            yield return new FailedStage(reader.GetInt64(0), reader.GetString(1), failure, reader.GetString(7));
        }
    }

    public StoreSummary Summary() => new(
        Count("SELECT COUNT(*) FROM documents"),
        Count("SELECT COUNT(*) FROM failed_sources"),
        Count("SELECT COUNT(*) FROM runs"),
        Counts("SELECT language, COUNT(*) FROM documents GROUP BY language"),
        Count("SELECT COUNT(DISTINCT content_hash) FROM failed_stages"),
        Counts("SELECT stage, COUNT(*) FROM failed_stages WHERE skipped = 0 GROUP BY stage"));

    /// <summary>Consolidates in transactions of <paramref name="chunk"/> documents (tests cross many chunk boundaries with few documents).</summary>
    public void Consolidate(int chunk)
    {
        if (PendingConsolidation == 0)
        {
            // A consolidation whose alerts were not raised (the process stopped between the two) catches up here.
            RaiseAlerts();
            return;
        }

        var full = ConsolidatedSeq == 0;
        if (full)
        {
            BeforeFullConsolidation?.Invoke();
        }

        try
        {
            LastStateQueries = CorpusConsolidation.Run(dialect, connection, DocumentsAfter, chunk);
        }
        catch (Exception error) when (error is InvalidOperationException or EndOfStreamException or JsonException)
        {
            // Damaged consolidation state (the documents are intact): consolidate them all again,
            // which gives what the state would have given.
            Console.Error.WriteLine($"atalaya: {name}: corpus consolidation state is damaged ({error.Message}); consolidating every stored document again");
            Commands.Execute(connection, "DELETE FROM corpus_progress");
            if (!full)
            {
                BeforeFullConsolidation?.Invoke();
            }

            full = true;
            LastStateQueries = CorpusConsolidation.Run(dialect, connection, DocumentsAfter, chunk);
        }

        AfterConsolidation?.Invoke(full);
        RaiseAlerts();
    }

    /// <summary>
    /// Takes the alerts the consolidations of this store raised since the last call (for the caller's
    /// report and its webhook delivery); they are kept in the database whether taken or not.
    /// </summary>
    public IReadOnlyList<AlertEntry> TakeRaisedAlerts()
    {
        lock (raisedAlerts)
        {
            var taken = raisedAlerts.ToList();
            raisedAlerts.Clear();
            return taken;
        }
    }

    /// <summary>
    /// Every consolidation, whoever made it (ingest, a worker, the workbench's POST, a watch, the catch-up
    /// of an open), raises the alerts its new events answer: here and nowhere else. Under the
    /// consolidation lock, so that two processes never evaluate the same documents at once.
    /// </summary>
    private void RaiseAlerts()
    {
        IReadOnlyList<AlertEntry> raised;
        try
        {
            // Asked first without the lock: when every question is up to date (the usual case, and always
            // without questions) nothing waits for another process's consolidation.
            if (!AlertBook.IsBehind(connection, name))
            {
                return;
            }

            using (dialect.HoldConsolidation(connection))
            {
                raised = AlertBook.RaiseAfterConsolidation(connection, name, DateTimeOffset.UtcNow);
            }
        }
        catch (DbException error)
        {
            // The documents are stored and consolidated; the alerts are raised by the next consolidation or open.
            Console.Error.WriteLine($"atalaya: {name}: alerts not raised now ({error.Message.ReplaceLineEndings(" ")}); the next consolidation raises them");
            return;
        }

        lock (raisedAlerts)
        {
            raisedAlerts.AddRange(raised);
        }
    }

    /// <summary>Called before a consolidation that writes every corpus row again (from the first document).</summary>
    public Action? BeforeFullConsolidation { get; init; }

    /// <summary>Called after each consolidation that wrote rows; the argument says whether it was from the first document.</summary>
    public Action<bool>? AfterConsolidation { get; init; }

    /// <summary>Consolidates every stored document again from the first, replacing the corpus tables and state.</summary>
    public void Reconsolidate()
    {
        Commands.Execute(connection, "DELETE FROM corpus_progress");
        Consolidate(CorpusConsolidation.Chunk);
    }

    public ContractCorpus Corpus(bool includeText)
    {
        Consolidate(CorpusConsolidation.Chunk);
        return StoredCorpusReader.Load(connection, name, includeText);
    }

    private ContractDocument Parse(string analysis)
        => JsonSerializer.Deserialize(analysis, ContractJsonContext.Default.ContractDocument)
            ?? throw new StoreException($"{name}: a stored document is not valid contract JSON");

    private int Count(string sql) => (int)Commands.Count(connection, sql);

    private SortedDictionary<string, int> Counts(string sql)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var command = Commands.Create(connection, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
