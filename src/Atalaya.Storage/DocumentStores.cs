using Atalaya.Storage.Postgres;
using Atalaya.Storage.Postgres.Workbench;
using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Sqlite.Workbench;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage;

/// <summary>
/// Where every caller opens a database: the store, its workbench queries, and what a location names.
/// A location is a SQLite file path (the only engine for now); opening it creates or upgrades the
/// schema in place, so each caller sees the current tables whatever version wrote the file.
/// </summary>
public static class DocumentStores
{
    /// <summary>Opens (creating it when missing) the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreException">Not an Atalaya database, a newer schema, a missing folder.</exception>
    public static IDocumentStore Open(string location) => SqliteDocumentStore.Open(location);

    /// <summary>Whether a database exists at <paramref name="location"/> (commands that only read refuse to create one).</summary>
    public static bool Exists(string location) => File.Exists(location);

    /// <summary>The location as messages show it.</summary>
    public static string Display(IDocumentStore store)
        => store is SqliteDocumentStore sqlite ? sqlite.Path : store.GetType().Name;

    /// <summary>
    /// The workbench queries over an existing database, whose schema is brought up to date first.
    /// </summary>
    /// <exception cref="StoreException">No database there, or it cannot be opened as one.</exception>
    public static IWorkbenchQueries OpenWorkbench(string location)
    {
        if (DatabaseTarget.Parse(location) is { IsPostgres: true } server)
        {
            return OpenPostgresWorkbench(server);
        }

        var full = Path.GetFullPath(location);
        if (!Exists(full))
        {
            throw new StoreException($"{location}: no such database (run 'atalaya ingest --db {location} ...' first)");
        }

        using (Open(full))
        {
        }

        return SqliteWorkbench.Open(full);
    }

    /// <summary>Opening the store first brings the schema up to date (and refuses a database of another program).</summary>
    private static IWorkbenchQueries OpenPostgresWorkbench(DatabaseTarget server)
    {
        using (PostgresDocumentStore.Open(server))
        {
        }

        return PostgresWorkbench.Open(server);
    }

    /// <summary>
    /// Removes a database this process created and closed (with the files the engine keeps beside
    /// it): a run that could read nothing leaves no empty database behind.
    /// </summary>
    public static void Delete(string location) => SqliteDocumentStore.Delete(location);
}
