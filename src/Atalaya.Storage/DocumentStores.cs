using Atalaya.Storage.Postgres;
using Atalaya.Storage.Postgres.Workbench;
using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Sqlite.Workbench;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage;

/// <summary>
/// Where every caller opens a database: the store, its workbench queries, and what a location names.
/// A location is a SQLite file path or a PostgreSQL URI (postgresql://user:password@host:port/database,
/// also postgres://; see <see cref="DatabaseTarget"/>). Opening it creates or upgrades the schema in
/// place, so each caller sees the current tables whatever version wrote the database.
/// </summary>
public static class DocumentStores
{
    /// <summary>Opens (creating the schema when missing) the store at <paramref name="location"/>.</summary>
    /// <exception cref="StoreException">Not an Atalaya database, a newer schema, a missing folder, a server that cannot be reached or refuses the login.</exception>
    public static IDocumentStore Open(string location)
    {
        var target = DatabaseTarget.Parse(location);
        return target.IsPostgres ? PostgresDocumentStore.Open(target) : SqliteDocumentStore.Open(location);
    }

    /// <summary>
    /// Whether a database exists at <paramref name="location"/> (commands that only read refuse to create
    /// one): a SQLite file, or a PostgreSQL database that answers and holds Atalaya's schema.
    /// </summary>
    /// <exception cref="StoreException">A PostgreSQL server that cannot be reached or refuses the login, an unreadable URI.</exception>
    public static bool Exists(string location)
    {
        var target = DatabaseTarget.Parse(location);
        return target.IsPostgres ? PostgresDatabaseProbe.HoldsSchema(target) : File.Exists(location);
    }

    /// <summary>The location as messages show it (never with a password).</summary>
    public static string Display(IDocumentStore store) => store switch
    {
        SqliteDocumentStore sqlite => sqlite.Path,
        PostgresDocumentStore postgres => postgres.Target.ToString(),
        _ => store.GetType().Name,
    };

    /// <summary>
    /// A location as messages show it: a SQLite path as given, a PostgreSQL URI without its password
    /// (and only its scheme when it cannot be read, since then nothing tells where a password is).
    /// </summary>
    public static string Display(string location)
    {
        try
        {
            return DatabaseTarget.Parse(location).ToString();
        }
        catch (StoreException)
        {
            return location[..(location.IndexOf("://", StringComparison.Ordinal) + 3)] + "...";
        }
    }

    /// <summary>Whether the location is a database server (shared by a team) rather than a file of this machine.</summary>
    public static bool IsServer(string location) => IsPostgresUri(location);

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
        // As for a missing file: reading never makes an empty database an Atalaya one.
        if (!PostgresDatabaseProbe.HoldsSchema(server))
        {
            throw new StoreException($"{server}: no Atalaya database there (run 'atalaya ingest --db {server} ...' first)");
        }

        using (PostgresDocumentStore.Open(server))
        {
        }

        return PostgresWorkbench.Open(server);
    }

    /// <summary>
    /// Removes a database this process created and closed (with the files the engine keeps beside
    /// it): a run that could read nothing leaves no empty database behind. A PostgreSQL database is
    /// the server's, not this process's: nothing is removed there. True when something was removed.
    /// </summary>
    public static bool Delete(string location)
    {
        if (IsPostgresUri(location))
        {
            return false;
        }

        SqliteDocumentStore.Delete(location);
        return true;
    }

    private static bool IsPostgresUri(string location)
        => location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);
}
