using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>What the store does for the workbench after a consolidation (the triggers, or its last transaction's refill, kept the counts).</summary>
internal static class PostgresWorkbenchTables
{
    /// <summary>
    /// New names are folded. Then the tables a consolidation from the first document filled at once
    /// are vacuumed and analyzed before autovacuum comes by: the planner would plan the first reads on
    /// the statistics of empty tables, and counts over an index would visit every row (no page marked
    /// all-visible yet).
    /// </summary>
    public static void AfterConsolidation(NpgsqlConnection connection, bool full)
    {
        PostgresWorkbenchNames.FoldPending(connection, wait: true);
        if (full)
        {
            // Outside a transaction (VACUUM cannot run in one); a login that does not own the tables gets a warning per table, not an error.
            using var vacuum = Commands.Create(connection, """
                VACUUM (ANALYZE) web_events, web_event_keys, web_event_cells, web_actor_counts, web_story_facets, web_document_facets,
                    web_event_shares, web_names, web_story_order, corpus_documents, corpus_entities, corpus_entity_documents,
                    corpus_events, corpus_event_documents, corpus_event_actors, corpus_stories, corpus_claims, corpus_conflicts
                """);
            vacuum.CommandTimeout = 0;
            vacuum.ExecuteNonQuery();
        }
    }
}
