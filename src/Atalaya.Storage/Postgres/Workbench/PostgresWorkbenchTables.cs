using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>What the store does for the workbench after a consolidation (the triggers, or its last transaction's refill, kept the counts).</summary>
internal static class PostgresWorkbenchTables
{
    /// <summary>
    /// The tables a consolidation from the first document filled at once are analyzed (the planner
    /// would otherwise plan the first reads on the statistics of empty tables until autovacuum comes
    /// by); then new names are folded.
    /// </summary>
    public static void AfterConsolidation(NpgsqlConnection connection, bool full)
    {
        if (full)
        {
            // A login that does not own the tables gets a warning per table, not an error.
            using var analyze = Commands.Create(connection, """
                ANALYZE web_events, web_event_keys, web_event_cells, web_actor_counts, web_story_facets, web_document_facets,
                    web_event_shares, web_names, web_story_order, corpus_documents, corpus_entities, corpus_entity_documents,
                    corpus_events, corpus_event_documents, corpus_event_actors, corpus_stories, corpus_claims, corpus_conflicts
                """);
            analyze.CommandTimeout = 0;
            analyze.ExecuteNonQuery();
        }

        PostgresWorkbenchNames.FoldPending(connection, wait: true);
    }
}
