using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres;

/// <summary>
/// The team store: one PostgreSQL database that several processes read and write at once. Documents
/// are stored once per content hash whoever stores them, and one process at a time consolidates.
/// Messages name the database by its URI without the password.
/// </summary>
public sealed class PostgresDocumentStore : RelationalDocumentStore
{
    private readonly NpgsqlConnection connection;

    // Content this store was just asked about and did not hold: the ingest asks before analyzing a
    // document, so its run need not ask the server again when it adds it.
    private readonly RecentlyAbsent absent = new();

    private PostgresDocumentStore(NpgsqlConnection connection, DatabaseTarget target)
        : base(connection, PostgresDialect.Instance, target.ToString())
    {
        this.connection = connection;
        Target = target;
    }

    /// <summary>The workbench's tables follow each corpus write by triggers (or the refill of a full one); names are folded here.</summary>
    private protected override void AfterConsolidation(bool full) => Workbench.PostgresWorkbenchTables.AfterConsolidation(connection, full);

    public DatabaseTarget Target { get; }

    /// <summary>False once the server went away (the connection broke).</summary>
    internal bool IsOpen => connection.State == System.Data.ConnectionState.Open;

    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds no Atalaya database; the message says which, without the password.</exception>
    public static PostgresDocumentStore Open(DatabaseTarget target) => Open(target, catchUp: true);

    /// <param name="catchUp">Consolidate what is pending before returning (a worker consolidates on its own terms instead).</param>
    internal static PostgresDocumentStore Open(DatabaseTarget target, bool catchUp)
    {
        ArgumentNullException.ThrowIfNull(target);
        var connectionString = target.PostgresConnectionString
            ?? throw new ArgumentException($"{target}: not a PostgreSQL URI", nameof(target));
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            PostgresMigrations.Apply(connection, target.ToString());
            var store = new PostgresDocumentStore(connection, target);

            // Documents another run stored and did not consolidate (it was killed) are caught up first.
            if (catchUp)
            {
                store.Consolidate();
            }

            return store;
        }
        catch (NpgsqlException error)
        {
            connection.Dispose();
            throw new StoreException($"{target}: cannot open as an Atalaya database: {Describe(error)}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override bool Contains(string contentHash)
    {
        var stored = Shared.Contains(contentHash);
        if (!stored)
        {
            absent.Note(contentHash);
        }

        return stored;
    }

    public override IIngestRun BeginRun(string description) => new PostgresIngestRun(connection, description, absent);

    /// <summary>
    /// Consolidates unless another connection is consolidating now (false then, at once): workers
    /// finishing batches together never queue up behind one consolidator. The session lock is taken
    /// here and again, reentrantly, by the consolidation itself.
    /// </summary>
    internal bool TryConsolidate()
    {
        if (Commands.Count(connection, $"SELECT pg_try_advisory_lock({AdvisoryLocks.Consolidation})::int") == 0)
        {
            return false;
        }

        try
        {
            Consolidate();
        }
        finally
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                Commands.Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLocks.Consolidation})");
            }
        }

        return true;
    }

    /// <summary>
    /// The server's or the network's reason, one line. Npgsql never puts the connection string in its
    /// messages; the store adds only the password-free URI.
    /// </summary>
    internal static string Describe(NpgsqlException error)
    {
        var reason = error is PostgresException server ? server.MessageText : error.Message;
        if (error.InnerException is { } inner && error is not PostgresException)
        {
            reason += $" ({inner.Message})";
        }

        return reason.ReplaceLineEndings(" ");
    }
}
