using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres;

/// <summary>
/// Brings a database to <see cref="PostgresSchema.Version"/>: applies the migrations it lacks, in
/// order, in one transaction under a lock (two processes opening a new database create it once).
/// A database of a newer program, or one holding another program's tables, is left untouched.
/// </summary>
internal static class PostgresMigrations
{
    public static void Apply(NpgsqlConnection connection, string name)
    {
        using var transaction = connection.BeginTransaction();
        Commands.Execute(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Migrations})", transaction);
        // Tables only, and none an extension owns (PostGIS's spatial_ref_sys, pg_stat_statements' views).
        const string Tables = """
            SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            """;
        var tables = Commands.Count(connection, Tables, transaction);
        var ours = Commands.Count(connection, Tables + " AND c.relname = 'schema_migrations'", transaction);
        if (tables > 0 && ours == 0)
        {
            throw new StoreException($"{name}: a database of another program (no Atalaya schema); refusing to change it");
        }

        Commands.Execute(
            connection,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, description text NOT NULL, applied text NOT NULL)",
            transaction);
        var current = Commands.Count(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", transaction);
        if (current > PostgresSchema.Version)
        {
            throw new StoreException($"{name}: database schema version {current} is newer than this program ({PostgresSchema.Version})");
        }

        foreach (var (version, description, sql) in PostgresSchema.Migrations.Where(m => m.Version > current))
        {
            Commands.Execute(connection, sql, transaction);
            using var record = Commands.Create(connection, "INSERT INTO schema_migrations(version, description, applied) VALUES (@version, @description, @applied)", transaction);
            Commands.Add(record, "@version", (long)version);
            Commands.Add(record, "@description", description);
            Commands.Add(record, "@applied", StoredForm.Now());
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

}
