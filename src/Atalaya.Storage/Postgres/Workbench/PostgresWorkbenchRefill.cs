namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>The workbench's tables of the events made again from the corpus tables in a few statements.</summary>
internal static class PostgresWorkbenchRefill
{
    /// <summary>
    /// Every workbench table of the events filled again from the corpus tables at once (web_events has
    /// no trigger: the counts are made once, by these statements), web_events in corpus order as
    /// SQLite's refill writes it: after a consolidation from the first document, and by the migration
    /// for a corpus already there. DELETE, not TRUNCATE: a workbench reading meanwhile keeps its
    /// snapshot instead of waiting for the lock or seeing empty tables.
    /// </summary>
    public static readonly string Sql = $"""
        DELETE FROM web_events; DELETE FROM web_event_keys; DELETE FROM web_event_cells; DELETE FROM web_actor_counts;
        DELETE FROM web_story_facets; DELETE FROM web_document_facets; DELETE FROM web_event_shares;
        INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
            SELECT id, date, web_week(date), type, admin1, fatalities, lat, lon, place, story_id FROM corpus_events ORDER BY seq;
        INSERT INTO web_event_keys(key, event_id)
            SELECT {PostgresWorkbenchKeys.KeyOf("e")}, e.id FROM web_events e, {PostgresWorkbenchKeys.Kinds} WHERE {PostgresWorkbenchKeys.Has("e")}
            UNION SELECT 'a:' || a.entity_id, a.event_id FROM corpus_event_actors a JOIN web_events e ON e.id = a.event_id
            UNION SELECT 'l:' || ed.language, ed.event_id FROM corpus_event_documents ed JOIN web_events e ON e.id = ed.event_id;
        INSERT INTO web_event_cells(key, admin1, type, week, events, fatalities)
            SELECT k.key, COALESCE(e.admin1, ''), e.type, COALESCE(e.week, ''), COUNT(*), COALESCE(SUM(e.fatalities), 0)
            FROM web_event_keys k JOIN web_events e ON e.id = k.event_id GROUP BY 1, 2, 3, 4;
        INSERT INTO web_actor_counts(key, entity_id, events)
            SELECT k.key, substr(a.key, 3), COUNT(*) FROM web_event_keys a JOIN web_event_keys k ON k.event_id = a.event_id
            WHERE a.key >= 'a:' AND a.key < 'a;' GROUP BY 1, 2;
        INSERT INTO web_story_facets(key, story_id, n)
            SELECT {PostgresWorkbenchKeys.KeyOf("e")} AS key, e.story_id, COUNT(*) FROM web_events e, {PostgresWorkbenchKeys.Kinds}
            WHERE e.story_id IS NOT NULL AND {PostgresWorkbenchKeys.StoryKinds("e")} GROUP BY 1, 2;
        INSERT INTO web_document_facets(key, seq, n)
            SELECT k.key, cd.seq, COUNT(*)
            FROM web_event_keys k JOIN corpus_event_documents ed ON ed.event_id = k.event_id JOIN corpus_documents cd ON cd.document_id = ed.document_id
            GROUP BY 1, 2;
        INSERT INTO web_event_shares(event_id, keys, actors, seqs, admin1, type, week, fatalities, story_id)
            SELECT e.id,
                ARRAY(SELECT k.key FROM web_event_keys k WHERE k.event_id = e.id),
                ARRAY(SELECT DISTINCT a.entity_id FROM corpus_event_actors a WHERE a.event_id = e.id),
                ARRAY(SELECT DISTINCT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id WHERE ed.event_id = e.id),
                e.admin1, e.type, e.week, e.fatalities, e.story_id
            FROM web_events e;
        """;
}
