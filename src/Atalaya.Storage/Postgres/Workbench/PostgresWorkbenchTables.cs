using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>What the store does for the workbench after a consolidation (the triggers keep the counts during it).</summary>
internal static class PostgresWorkbenchTables
{
    /// <summary>
    /// After a consolidation from the first document, web_events is written again in corpus order (as
    /// SQLite's refill does), so ties of a sort break alike on both engines; then new names are folded.
    /// </summary>
    public static void AfterConsolidation(NpgsqlConnection connection, bool full)
    {
        if (full)
        {
            using var transaction = connection.BeginTransaction();
            // Under the consolidation lock: another process's consolidation, begun once this one's ended,
            // would otherwise write events (and their triggers' rows) into the tables being filled.
            Commands.Execute(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Consolidation})", transaction);
            Commands.Execute(connection, PostgresWorkbenchRefill.Sql, transaction);
            transaction.Commit();
        }

        PostgresWorkbenchNames.FoldPending(connection, wait: true);
    }
}
