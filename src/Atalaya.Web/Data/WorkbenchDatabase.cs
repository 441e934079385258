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
        using var connection = database.Open();
        FullTextIndex.Ensure(connection);
        WorkbenchTables.Ensure(connection);
        return database;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
