using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Sqlite.Workbench;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Opening a file that is not an
/// Atalaya database fails with a clear message instead of touching it.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore, IMeasuredConsolidation
{
    private readonly SqliteConnection connection;

    /// <summary>While opening: the workbench's tables are made whole once, after the migrations, not by each consolidation.</summary>
    private bool workbenchLater;

    /// <summary>While opening: a consolidation from the first document took the workbench's triggers off.</summary>
    private bool workbenchSuspended;

    private SqliteDocumentStore(SqliteConnection connection, string path)
    {
        this.connection = connection;
        Path = path;
    }

    public string Path { get; }

    public static SqliteDocumentStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreException($"{path}: folder {folder} does not exist");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            RefuseForeignDatabase(connection, path);
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536;");
            WorkbenchNames.AddFoldFunction(connection);
            int from;
            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, SqliteSchema.Create, transaction);
                using var version = connection.CreateCommand();
                version.Transaction = transaction;
                version.CommandText = "SELECT version FROM schema_info LIMIT 1";
                var found = version.ExecuteScalar();
                if (found is null)
                {
                    // A new database: the migrations' "after" steps make the workbench's tables below.
                    from = SqliteSchema.Version - 1;
                    Execute(connection, $"INSERT INTO schema_info(version) VALUES ({from})", transaction);
                }
                else
                {
                    from = Convert.ToInt32(found, CultureInfo.InvariantCulture);
                    if (from > SqliteSchema.Version)
                    {
                        throw new StoreException($"{path}: database schema version {found} is newer than this program ({SqliteSchema.Version})");
                    }
                }

                foreach (var step in SqliteSchema.Migrations.Where(m => m.Version > from))
                {
                    step.Before?.Invoke(connection, transaction);
                }

                transaction.Commit();
            }

            var store = new SqliteDocumentStore(connection, full);

            // A database of an older version, or one whose last run stopped before consolidating, is
            // brought up to date first; the version is raised only once its corpus rows are written.
            store.workbenchLater = true;
            store.Consolidate();
            store.workbenchLater = false;
            var after = SqliteSchema.Migrations.Where(m => m.Version > from && m.After is not null).ToList();
            foreach (var step in after)
            {
                step.After!(connection);
            }

            if (after.Count == 0)
            {
                // Tables a killed consolidation left without their triggers are made whole again.
                WorkbenchTables.Ensure(connection, rebuild: store.workbenchSuspended);
            }

            Execute(connection, $"UPDATE schema_info SET version = {SqliteSchema.Version} WHERE version < {SqliteSchema.Version}");
            return store;
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open as an Atalaya database: {error.Message}", error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A SQLite file of another program (tables, but no schema_info) is left untouched.</summary>
    private static void RefuseForeignDatabase(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), SUM(name = 'schema_info') FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        reader.Read();
        var tables = reader.GetInt64(0);
        var ours = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
        if (tables > 0 && ours == 0)
        {
            throw new StoreException($"{path}: a SQLite database of another program (no Atalaya schema); refusing to change it");
        }
    }

    public bool Contains(string contentHash)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE content_hash = $hash";
        command.Parameters.AddWithValue("$hash", contentHash);
        return command.ExecuteScalar() is not null;
    }

    public IIngestRun BeginRun(string description) => new SqliteIngestRun(connection, description);

    public IEnumerable<ContractDocument> Documents()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT analysis, text FROM documents ORDER BY seq";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var document = JsonSerializer.Deserialize(reader.GetString(0), ContractJsonContext.Default.ContractDocument)
                ?? throw new StoreException($"{Path}: a stored document is not valid contract JSON");
            document.Text = reader.GetString(1);
            yield return document;
        }
    }

    /// <summary>Documents stored after the last consolidation (none when the corpus tables are up to date).</summary>
    public long PendingConsolidation
        => Count64("SELECT COUNT(*) FROM documents WHERE seq > (SELECT COALESCE(MAX(value), 0) FROM corpus_progress WHERE name = 'consolidated_seq')");

    /// <summary>State queries the last consolidation made (reading what earlier runs stored), for measuring.</summary>
    public long LastStateQueries { get; private set; }

    public void Consolidate() => Consolidate(CorpusConsolidation.Chunk);

    /// <summary>Consolidates in transactions of <paramref name="chunk"/> documents (tests cross many chunk boundaries with few documents).</summary>
    internal void Consolidate(int chunk)
    {
        if (PendingConsolidation == 0)
        {
            return;
        }

        // From the first document every corpus row is written again: the workbench's tables are
        // filled once afterwards instead of row by row through their triggers.
        var full = ConsolidatedSeq == 0;
        if (full)
        {
            WorkbenchTables.Suspend(connection);
        }

        try
        {
            LastStateQueries = CorpusConsolidation.Run(connection, DocumentsAfter, chunk);
        }
        catch (Exception error) when (error is InvalidOperationException or EndOfStreamException or System.Text.Json.JsonException)
        {
            // Damaged consolidation state (the documents are intact): consolidate them all again,
            // which gives what the state would have given.
            Console.Error.WriteLine($"atalaya: {Path}: corpus consolidation state is damaged ({error.Message}); consolidating every stored document again");
            Execute(connection, "DELETE FROM corpus_progress");
            WorkbenchTables.Suspend(connection);
            full = true;
            LastStateQueries = CorpusConsolidation.Run(connection, DocumentsAfter, chunk);
        }

        // The workbench's tables follow the new corpus rows (names folded for the name search).
        if (workbenchLater)
        {
            workbenchSuspended |= full;
        }
        else
        {
            WorkbenchTables.Ensure(connection, rebuild: full);
        }
    }

    /// <summary>The last documents.seq whose corpus rows are written (0: none).</summary>
    private long ConsolidatedSeq
        => Count64("SELECT COALESCE(MAX(value), 0) FROM corpus_progress WHERE name = 'consolidated_seq'");

    /// <summary>Consolidates every stored document again from the first, replacing the corpus tables and state.</summary>
    public void Reconsolidate()
    {
        Execute(connection, "DELETE FROM corpus_progress");
        Consolidate();
    }

    public ContractCorpus Corpus(bool includeText)
    {
        Consolidate();
        return StoredCorpusReader.Load(connection, Path, includeText);
    }

    /// <summary>At most <paramref name="limit"/> stored documents after <paramref name="seq"/>, with their seq, in order.</summary>
    internal List<(long Seq, ContractDocument Document)> DocumentsAfter(long seq, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, analysis, text FROM documents WHERE seq > $seq ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<(long Seq, string Analysis, string Text)>();
        using (var reader = command.ExecuteReader())
        {
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
                var document = JsonSerializer.Deserialize(rows[i].Analysis, ContractJsonContext.Default.ContractDocument)
                    ?? throw new StoreException($"{Path}: a stored document is not valid contract JSON");
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
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id, source, reason, at FROM failed_sources ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new FailedSource(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
    }

    public IEnumerable<FailedStage> FailedStages()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id, content_hash, document_id, source, stage, reason, skipped, at FROM failed_stages ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var failure = new StageFailureRecord(reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt64(6) != 0);
            yield return new FailedStage(reader.GetInt64(0), reader.GetString(1), failure, reader.GetString(7));
        }
    }

    public StoreSummary Summary()
    {
        var languages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT language, COUNT(*) FROM documents GROUP BY language";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                languages[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var failedStages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT stage, COUNT(*) FROM failed_stages WHERE skipped = 0 GROUP BY stage";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                failedStages[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        return new StoreSummary(
            Count("SELECT COUNT(*) FROM documents"),
            Count("SELECT COUNT(*) FROM failed_sources"),
            Count("SELECT COUNT(*) FROM runs"),
            languages,
            Count("SELECT COUNT(DISTINCT content_hash) FROM failed_stages"),
            failedStages);
    }

    public void Dispose() => connection.Dispose();

    /// <summary>
    /// Removes a database file this process created and closed, with the journal files SQLite keeps
    /// beside it: a run that could read nothing leaves no empty database behind.
    /// </summary>
    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Count64(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private int Count(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
