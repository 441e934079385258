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
        var tables = Commands.Count(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()", transaction);
        var ours = Commands.Count(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'", transaction);
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
