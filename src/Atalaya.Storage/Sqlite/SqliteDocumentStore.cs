using System.Globalization;
using Atalaya.Storage.Relational;
using Atalaya.Storage.Sqlite.Workbench;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Opening a file that is not an
/// Atalaya database fails with a clear message instead of touching it.
/// </summary>
public sealed class SqliteDocumentStore : RelationalDocumentStore, IMeasuredConsolidation
{
    private readonly SqliteConnection connection;

    /// <summary>While opening: the workbench's tables are made whole once, after the migrations, not by each consolidation.</summary>
    private bool workbenchLater;

    /// <summary>While opening: a consolidation from the first document took the workbench's triggers off.</summary>
    private bool workbenchSuspended;

    private SqliteDocumentStore(SqliteConnection connection, string path)
        : base(connection, SqliteDialect.Instance, path)
    {
        this.connection = connection;
        Path = path;
    }

    /// <summary>
    /// From the first document every corpus row is written again: the workbench's tables are filled
    /// once afterwards instead of row by row through their triggers.
    /// </summary>
    private protected override void BeforeFullConsolidation() => WorkbenchTables.Suspend(connection);

    /// <summary>The workbench's tables follow the new corpus rows (names folded for the name search).</summary>
    private protected override void AfterConsolidation(bool full)
    {
        if (workbenchLater)
        {
            workbenchSuspended |= full;
        }
        else
        {
            WorkbenchTables.Ensure(connection, rebuild: full);
        }
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

    public override bool Contains(string contentHash) => Shared.Contains(contentHash);

    public override IIngestRun BeginRun(string description) => new SqliteIngestRun(connection, description);

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
}
