using Atalaya.Storage;
using Atalaya.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Data;

/// <summary>
/// The database the server reads. Every request opens its own connection from the pool, so
/// concurrent requests never share one; SQLite in WAL mode lets them read while an ingest writes.
/// </summary>
internal sealed class WorkbenchDatabase
{
    private readonly string connectionString;

    private WorkbenchDatabase(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 5,
        }.ToString();
    }

    public string Path { get; }

    private int folding;

    /// <summary>
    /// Folds, in the background, the entity names an ingest wrote since the last fold, so that the
    /// name search goes back to reading them from its index. At most one fold runs at a time; a
    /// fold that cannot get the write lock now (an ingest is writing) is simply tried after a later request.
    /// </summary>
    public void FoldNewNamesSoon()
    {
        if (Interlocked.CompareExchange(ref folding, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                using var connection = Open();
                if (WorkbenchNames.AnyPending(connection))
                {
                    WorkbenchNames.FoldPending(connection);
                }
            }
            catch (SqliteException)
            {
                // Busy or read-only: the search folds these names on the fly meanwhile, so nothing is lost.
            }
            finally
            {
                Volatile.Write(ref folding, 0);
            }
        });
    }

    /// <summary>
    /// Checks that the file is an Atalaya database (the store creates any table an older version lacks)
    /// and adds what the workbench needs: the full-text index and its own indexes.
    /// </summary>
    public static WorkbenchDatabase Prepare(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new StoreException($"{path}: no such database (run 'atalaya ingest --db {path} ...' first)");
        }

        using (SqliteDocumentStore.Open(full))
        {
        }

        var database = new WorkbenchDatabase(full);
        try
        {
            using var connection = database.Open();
            FullTextIndex.Ensure(connection);
            WorkbenchTables.Ensure(connection);
        }
        catch (SqliteException error)
        {
            // A read-only file or a full disk: said once, with the file, instead of failing on every request.
            throw new StoreException($"{path}: cannot add the workbench's search index and tables: {error.Message}", error);
        }

        return database;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=5000;";
        pragma.ExecuteNonQuery();
        connection.CreateFunction<string?, string?>(NameFolding.SqlFunction, name => name is null ? null : NameFolding.Fold(name), isDeterministic: true);
        return connection;
    }
}
