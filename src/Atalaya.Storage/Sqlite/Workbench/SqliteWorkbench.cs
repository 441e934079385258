using Atalaya.Storage.Workbench;
using Atalaya.Storage.Workbench.Queries;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// The workbench queries over one SQLite file: pooled connections (SQLite in WAL mode lets them read
/// while an ingest writes) that know the name fold, and the SQLite dialect. The tables, indexes and
/// triggers the queries read are the store's (SqliteSchema's migrations).
/// </summary>
internal static class SqliteWorkbench
{
    public static IWorkbenchQueries Open(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 5,
        }.ToString();

        SqliteConnection Connect()
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout=5000;";
            pragma.ExecuteNonQuery();
            WorkbenchNames.AddFoldFunction(connection);
            return connection;
        }

        // Closing the workbench lets the file go: the pool keeps its connections open otherwise.
        return new SqlWorkbenchQueries(Connect, new SqliteWorkbenchDialect(Connect), () => SqliteConnection.ClearPool(new SqliteConnection(connectionString)));
    }
}
