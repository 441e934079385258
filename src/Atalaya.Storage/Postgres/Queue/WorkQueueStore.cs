using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Queue;

/// <summary>
/// The work queue of a PostgreSQL database: documents submitted without analysis, claimed by workers
/// in batches under a lease (FOR UPDATE SKIP LOCKED: workers never wait on each other's rows), and
/// written back with their analysis only while the lease holds. One connection; not thread-safe (a
/// worker renews its lease through a second instance).
/// </summary>
public sealed class WorkQueueStore : IDisposable
{
    private readonly NpgsqlConnection connection;

    // Opened at the first consolidation: submitting never consolidates.
    private PostgresDocumentStore? store;

    private WorkQueueStore(NpgsqlConnection connection, DatabaseTarget target)
    {
        this.connection = connection;
        Target = target;
    }

    /// <summary>The database as messages name it (without its password).</summary>
    public DatabaseTarget Target { get; }

    /// <summary>Opens the queue of the database at <paramref name="location"/>, creating or upgrading the schema.</summary>
    /// <exception cref="StoreException">Not a PostgreSQL URI, a server that cannot be reached or refuses the login, another program's database.</exception>
    public static WorkQueueStore Open(string location)
    {
        var target = DatabaseTarget.Parse(location);
        var connectionString = target.PostgresConnectionString
            ?? throw new StoreException($"{target}: the work queue needs a PostgreSQL database (postgresql://user:password@host:port/database); a SQLite file is written by one process: use 'atalaya ingest'");
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            PostgresMigrations.Apply(connection, target.ToString());
            return new WorkQueueStore(connection, target);
        }
        catch (NpgsqlException error)
        {
            connection.Dispose();
            throw new StoreException($"{target}: cannot open the work queue: {PostgresDocumentStore.Describe(error)}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Starts a submission (a run): documents are queued in batches, deduplicated by content hash.</summary>
    public QueueSubmission BeginSubmission(string description) => Guard(() => new QueueSubmission(connection, description, Target));

    /// <summary>Records (or refreshes) a worker, so that status can name the workers seen.</summary>
    public void RegisterWorker(string name) => Guard(() =>
    {
        using var command = Commands.Create(connection, """
            INSERT INTO work_queue_workers(name, host, pid, started, last_seen) VALUES (@name, @host, @pid, clock_timestamp(), clock_timestamp())
            ON CONFLICT (name) DO UPDATE SET last_seen = clock_timestamp()
            """);
        Commands.Add(command, "@name", name);
        Commands.Add(command, "@host", Environment.MachineName);
        Commands.Add(command, "@pid", (long)Environment.ProcessId);
        return command.ExecuteNonQuery();
    });

    /// <summary>
    /// Returns expired leases to the queue (or to dead after their last attempt), then claims up to
    /// <paramref name="batch"/> queued jobs for <paramref name="lease"/>; null when none is queued.
    /// </summary>
    public QueueLease? Claim(string worker, int batch, TimeSpan lease, int maxAttempts)
        => Guard(() => QueueClaims.Claim(connection, worker, batch, lease, maxAttempts));

    /// <summary>
    /// Extends a lease that still holds (the holder is alive and working); false when it no longer
    /// holds: it expired, or its jobs were claimed by another worker.
    /// </summary>
    public bool Renew(string worker, Guid token, TimeSpan lease) => Guard(() =>
    {
        using var command = Commands.Create(connection, """
            WITH renewed AS (
                UPDATE work_queue SET lease_expires = clock_timestamp() + @lease
                WHERE lease_token = @token AND state = 'running' AND lease_expires > clock_timestamp()
                RETURNING 1)
            , seen AS (UPDATE work_queue_workers SET last_seen = clock_timestamp() WHERE name = @worker)
            SELECT COUNT(*) FROM renewed
            """);
        Commands.Add(command, "@lease", lease);
        Commands.Add(command, "@token", token);
        Commands.Add(command, "@worker", worker);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    });

    /// <summary>
    /// In one transaction, only if the lease still holds for every job: stores the analyzed documents
    /// (with their failed stages), marks their jobs done, and sends failed jobs back to the queue or,
    /// after their last attempt, to dead. A lease that no longer holds writes nothing.
    /// </summary>
    public CompletionResult Complete(string worker, QueueLease lease, IReadOnlyList<JobOutcome> outcomes, int maxAttempts)
        => Guard(() => QueueCompletion.Complete(connection, worker, lease, outcomes, maxAttempts));

    /// <summary>True when no job is queued or leased (leased jobs may come back when their lease expires).</summary>
    public bool Idle()
        => Guard(() => Commands.Count(connection, """
            SELECT (EXISTS (SELECT 1 FROM work_queue WHERE state = 'queued')
                 OR EXISTS (SELECT 1 FROM work_queue WHERE state = 'running'))::int
            """) == 0);

    public QueueStatus Status() => Guard(() => QueueStatusQueries.Status(connection));

    /// <summary>The jobs of one submission by state.</summary>
    public RunProgress Progress(long runId) => Guard(() => QueueStatusQueries.Progress(connection, runId));

    /// <summary>Marks a submission whose documents were analyzed in the same process (an ingest) completed, with its counts.</summary>
    public void FinishRun(long runId, long added, long known, long failures) => Guard(() =>
    {
        using var command = Commands.Create(connection, "UPDATE runs SET finished = @t, status = 'completed', documents_added = @a, documents_known = @k, failures = @f WHERE id = @id");
        Commands.Add(command, "@t", StoredForm.Now());
        Commands.Add(command, "@a", added);
        Commands.Add(command, "@k", known);
        Commands.Add(command, "@f", failures);
        Commands.Add(command, "@id", runId);
        return command.ExecuteNonQuery();
    });

    /// <summary>Documents stored and not yet consolidated.</summary>
    public long PendingConsolidation => Guard(() => Store().PendingConsolidation);

    /// <summary>
    /// Consolidates the documents stored and not yet consolidated (one connection at a time does, in
    /// seq order, so each is consolidated once). With <paramref name="wait"/> false, returns false at
    /// once when another connection is consolidating: it, or the next batch's consolidation, takes
    /// these documents too.
    /// </summary>
    public bool Consolidate(bool wait) => Guard(() =>
    {
        // Waiting is polling the lock, not blocking on it: a statement waiting minutes for another
        // process's consolidation would run into the connection's command timeout.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Store().TryConsolidate())
        {
            if (!wait)
            {
                return false;
            }

            if (waited.Elapsed > LongestConsolidationWait)
            {
                throw new StoreException($"{Target}: another process has been consolidating for over {LongestConsolidationWait.TotalMinutes} minutes; its documents stay stored and the next consolidation takes them");
            }

            Thread.Sleep(200);
        }

        return true;
    });

    /// <summary>The alerts this connection's consolidations raised since the last call (see IDocumentStore.TakeRaisedAlerts).</summary>
    public IReadOnlyList<Alerts.AlertEntry> TakeRaisedAlerts() => store?.TakeRaisedAlerts() ?? [];

    /// <summary>A consolidation of millions of documents from the first takes long; beyond this a waiting worker gives up.</summary>
    private static readonly TimeSpan LongestConsolidationWait = TimeSpan.FromHours(2);

    public void Dispose()
    {
        store?.Dispose();
        connection.Dispose();
    }

    private PostgresDocumentStore Store() => store ??= PostgresDocumentStore.Open(Target, catchUp: false);

    /// <summary>
    /// A server gone or restarted is one StoreException naming the database (without its password):
    /// the worker drops this instance and connects again.
    /// </summary>
    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException error)
        {
            DropStore();
            throw new StoreException($"{Target}: {PostgresDocumentStore.Describe(error)}");
        }
        catch (InvalidOperationException error) when (connection.State != System.Data.ConnectionState.Open || store is { IsOpen: false })
        {
            // Npgsql's "connection is not open" after the server went away mid-statement.
            DropStore();
            throw new StoreException($"{Target}: {error.Message.ReplaceLineEndings(" ")}");
        }
    }

    private void DropStore()
    {
        store?.Dispose();
        store = null;
    }
}
