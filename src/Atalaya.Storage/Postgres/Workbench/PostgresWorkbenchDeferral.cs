using System.Data.Common;
using Atalaya.Storage.Relational;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// A consolidation from the first document rewrites every corpus row: recounting an event per row
/// written (the triggers' way) would cost more than the consolidation itself. Each of its transactions
/// sets <see cref="Setting"/> for itself only (SET LOCAL), the triggers then leave the workbench's
/// tables as they were, and its last transaction (the one that marks the progress) fills them again
/// from the corpus rows. A killed run loses its open transaction only and leaves the progress unmarked,
/// so the next open consolidates from the first document again; a reader sees the tables as they were
/// before it, then whole: never half filled. Other connections' writes keep their triggers.
/// </summary>
internal static class PostgresWorkbenchDeferral
{
    /// <summary>The transaction's setting the triggers read (current_setting with missing_ok: unset is NULL or '').</summary>
    public const string Setting = "atalaya.workbench";

    private const string Deferred = "refill";

    private const string Live = $"current_setting('{Setting}', true) IS DISTINCT FROM '{Deferred}'";

    /// <summary>
    /// How the search's tsvector is stored, and indexes the workbench's lists read in order, as SQLite's do: the latest stories first (SQLite's
    /// ascending index read backwards puts NULL last; PostgreSQL's puts it first, so the story list
    /// sorted all stories for each page), and the entities of one type in their order.
    /// </summary>
    public const string ReadPaths = """
        -- The full-text search ranks every hit by its tsvector (a few kB): kept in the row, compressed by
        -- lz4, instead of in TOAST by pglz, it reads about four times faster (documents written from now on).
        ALTER TABLE documents ALTER COLUMN search SET STORAGE MAIN, ALTER COLUMN search SET COMPRESSION lz4;
        DROP INDEX IF EXISTS web_corpus_stories_by_last_published;
        CREATE INDEX web_corpus_stories_latest ON corpus_stories (last_published DESC NULLS LAST);
        CREATE INDEX web_corpus_entities_by_type ON corpus_entities (type, seq);
        """;

    /// <summary>
    /// Migration 3: the triggers that recount (all but the stories' order, which keeps the insertion
    /// order only a trigger sees) fire only while the setting is off; and web_event_recount deletes the
    /// emptied cells and story facets by their whole primary key, where it read every cell of a key (''
    /// is every event's) and every facet row (no index leads with story_id) at each change.
    /// </summary>
    public static readonly string Migration = ReadPaths + $$"""
        DROP TRIGGER web_events_kept ON corpus_events;
        CREATE TRIGGER web_events_kept AFTER INSERT OR UPDATE OR DELETE ON corpus_events
            FOR EACH ROW WHEN ({{Live}}) EXECUTE FUNCTION web_events_kept();
        DROP TRIGGER web_names_kept ON corpus_entities;
        CREATE TRIGGER web_names_kept AFTER INSERT OR UPDATE OR DELETE ON corpus_entities
            FOR EACH ROW WHEN ({{Live}}) EXECUTE FUNCTION web_names_kept();
        DROP TRIGGER web_actors_kept ON corpus_event_actors;
        CREATE TRIGGER web_actors_kept AFTER INSERT OR DELETE ON corpus_event_actors
            FOR EACH ROW WHEN ({{Live}}) EXECUTE FUNCTION web_links_kept();
        DROP TRIGGER web_sources_kept ON corpus_event_documents;
        CREATE TRIGGER web_sources_kept AFTER INSERT OR DELETE ON corpus_event_documents
            FOR EACH ROW WHEN ({{Live}}) EXECUTE FUNCTION web_links_kept();
        DROP TRIGGER web_corpus_document_kept ON corpus_documents;
        CREATE TRIGGER web_corpus_document_kept AFTER INSERT OR DELETE ON corpus_documents
            FOR EACH ROW WHEN ({{Live}}) EXECUTE FUNCTION web_corpus_document_kept();

        CREATE OR REPLACE FUNCTION web_event_recount(event text) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            was web_event_shares%ROWTYPE;
            e web_events%ROWTYPE;
            actors text[];
            keys text[];
            seqs bigint[];
        BEGIN
            SELECT * INTO was FROM web_event_shares WHERE event_id = event;
            IF FOUND THEN
                UPDATE web_event_cells c SET events = c.events - 1, fatalities = c.fatalities - COALESCE(was.fatalities, 0)
                    WHERE c.key = ANY(was.keys) AND c.admin1 = COALESCE(was.admin1, '') AND c.type = was.type AND c.week = COALESCE(was.week, '');
                DELETE FROM web_event_cells c
                    WHERE c.key = ANY(was.keys) AND c.admin1 = COALESCE(was.admin1, '') AND c.type = was.type AND c.week = COALESCE(was.week, '') AND c.events = 0;
                UPDATE web_document_facets SET n = n - 1 WHERE key = ANY(was.keys) AND seq = ANY(was.seqs);
                DELETE FROM web_document_facets WHERE key = ANY(was.keys) AND seq = ANY(was.seqs) AND n = 0;
                UPDATE web_actor_counts SET events = events - 1 WHERE key = ANY(was.keys) AND entity_id = ANY(was.actors);
                DELETE FROM web_actor_counts WHERE key = ANY(was.keys) AND entity_id = ANY(was.actors) AND events = 0;
                UPDATE web_story_facets SET n = n - 1 WHERE key = ANY(web_story_keys(was.keys)) AND story_id = was.story_id;
                DELETE FROM web_story_facets WHERE key = ANY(web_story_keys(was.keys)) AND story_id = was.story_id AND n = 0;
                DELETE FROM web_event_keys WHERE event_id = event;
                DELETE FROM web_event_shares WHERE event_id = event;
            END IF;

        {{PostgresWorkbenchTriggers.AddEventShare}}
        END $$;
        """;

    /// <summary>
    /// The entities' names made again from corpus_entities: only names an entity lost are deleted and
    /// only new ones inserted (as the trigger does row by row), so names already folded stay folded.
    /// </summary>
    private const string RefillNames = """
        DELETE FROM web_names w WHERE NOT EXISTS (
            SELECT 1 FROM corpus_entities e, web_entity_names(e.name, e.json) n WHERE e.id = w.entity_id AND n.name = w.name);
        INSERT INTO web_names(entity_id, name)
            SELECT e.id, n.name FROM corpus_entities e, web_entity_names(e.name, e.json) n
            WHERE NOT EXISTS (SELECT 1 FROM web_names w WHERE w.entity_id = e.id AND w.name = n.name)
            ORDER BY e.seq, n.name;
        """;

    /// <summary>The triggers of this transaction leave the workbench's tables be (until it ends).</summary>
    public static void Defer(DbConnection connection, DbTransaction transaction)
        => Commands.Execute(connection, $"SET LOCAL {Setting} = '{Deferred}'", transaction);

    /// <summary>
    /// Every workbench table of the corpus filled again, in the transaction that marks the
    /// consolidation's progress. Without a time limit: on 100,000 documents it takes a minute on a
    /// busy machine, more than a statement's default 30 s, and a consolidation is a batch job.
    /// </summary>
    public static void Refill(DbConnection connection, DbTransaction transaction)
    {
        using var command = Commands.Create(connection, PostgresWorkbenchRefill.Sql + RefillNames, transaction);
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
