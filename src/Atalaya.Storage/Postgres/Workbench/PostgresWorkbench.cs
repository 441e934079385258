using Atalaya.Storage.Workbench;
using Atalaya.Storage.Workbench.Queries;
using Npgsql;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The workbench queries over one PostgreSQL database: a pool of connections (each call reads on its
/// own, beside any ingest, in PostgreSQL's snapshot isolation) and the PostgreSQL dialect. The tables
/// the queries read are the store's (PostgresSchema's migrations).
/// </summary>
internal static class PostgresWorkbench
{
    public static IWorkbenchQueries Open(DatabaseTarget target)
    {
        var connectionString = target.PostgresConnectionString
            ?? throw new ArgumentException($"{target}: not a PostgreSQL URI", nameof(target));
        var source = NpgsqlDataSource.Create(connectionString);
        return new SqlWorkbenchQueries(source.OpenConnection, new PostgresWorkbenchDialect(source), source.Dispose);
    }
}
