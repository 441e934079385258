using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres;

/// <summary>
/// Whether a PostgreSQL location already holds an Atalaya database, asked without changing anything:
/// commands that only read refuse a database nobody filled, as they refuse a missing SQLite file.
/// </summary>
internal static class PostgresDatabaseProbe
{
    /// <summary>PostgreSQL's code for "database does not exist": the location names nothing yet.</summary>
    private const string InvalidCatalogName = "3D000";

    /// <summary>True when the server answers and the database holds Atalaya's schema.</summary>
    /// <exception cref="StoreException">The server cannot be reached or refuses the login; the message names the URI without its password.</exception>
    public static bool HoldsSchema(DatabaseTarget target)
    {
        var connectionString = target.PostgresConnectionString
            ?? throw new ArgumentException($"{target}: not a PostgreSQL URI", nameof(target));
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return Commands.Count(connection, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migrations'") > 0;
        }
        catch (PostgresException error) when (error.SqlState == InvalidCatalogName)
        {
            return false;
        }
        catch (NpgsqlException error)
        {
            throw new StoreException($"{target}: cannot open as an Atalaya database: {PostgresDocumentStore.Describe(error)}");
        }
    }
}
