namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// Pre-counted figures for the filters that select a large share of the corpus. Every event has
/// keys (web_event_keys, see FacetKeys): '' (every event), its state 's:', type 't:', state and type 'st:', each
/// actor 'a:' and each language of its sources 'l:'. Per key the tables below hold
/// <list type="bullet">
/// <item>web_event_cells: events and fatalities per (state, type, week), the overview's figures;</item>
/// <item>web_document_facets: the documents reporting an event of the key (n: how many event links);</item>
/// <item>web_actor_counts: events per actor, the overview's top actors;</item>
/// <item>web_story_facets (state and type keys only): the stories with an event of the key.</item>
/// </list>
/// Keys exist only for events in web_events, whose row changes only when an event's state, type,
/// week, fatalities or story change; triggers on the keys table keep the counts, triggers on the
/// corpus link tables keep the keys. A count row goes when it reaches 0.
/// </summary>
internal static class WorkbenchFacets
{
    /// <summary>The state/type keys of a web_events row (aliased as given), one per row of the kinds table k that <see cref="Has"/> keeps.</summary>
    private static string KeyOf(string e)
        => $"CASE k.kind WHEN '' THEN '' WHEN 's' THEN 's:' || {e}.admin1 WHEN 't' THEN 't:' || {e}.type ELSE 'st:' || {e}.admin1 || char(31) || {e}.type END";

    private const string Kinds = "(SELECT '' AS kind UNION ALL SELECT 't' UNION ALL SELECT 's' UNION ALL SELECT 'st') k";

    private static string Has(string e) => $"(k.kind IN ('', 't') OR {e}.admin1 IS NOT NULL)";

    private static string StoryKinds(string e) => $"k.kind <> '' AND {Has(e)}";

    /// <summary>The documents (their seq) an event reports.</summary>
    private static string Sources(string eventId)
        => $"SELECT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id WHERE ed.event_id = {eventId}";

    public static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS web_event_keys (
            key TEXT NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (key, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS web_event_keys_by_event ON web_event_keys(event_id);
        CREATE TABLE IF NOT EXISTS web_event_cells (
            key TEXT NOT NULL,
            admin1 TEXT NOT NULL,
            type TEXT NOT NULL,
            week TEXT NOT NULL,
            events INTEGER NOT NULL,
            fatalities INTEGER NOT NULL,
            PRIMARY KEY (key, admin1, type, week)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS web_event_cells_by_type ON web_event_cells(key, type, admin1, week, events, fatalities);
        CREATE TABLE IF NOT EXISTS web_actor_counts (
            key TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (key, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS web_actor_counts_top ON web_actor_counts(key, events DESC, entity_id);
        CREATE TABLE IF NOT EXISTS web_story_facets (
            key TEXT NOT NULL,
            story_id TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (key, story_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS web_document_facets (
            key TEXT NOT NULL,
            seq INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (key, seq)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS web_document_facets_by_seq ON web_document_facets(seq);

        -- An event's keys come and go with its web_events row (before the row goes: the counts need its figures).
        CREATE TRIGGER IF NOT EXISTS web_keys_event_added AFTER INSERT ON web_events BEGIN
            INSERT OR IGNORE INTO web_event_keys(key, event_id) SELECT {KeyOf("new")}, new.id FROM {Kinds} WHERE {Has("new")};
            INSERT OR IGNORE INTO web_event_keys(key, event_id) SELECT DISTINCT 'a:' || entity_id, new.id FROM corpus_event_actors WHERE event_id = new.id;
            INSERT OR IGNORE INTO web_event_keys(key, event_id) SELECT DISTINCT 'l:' || language, new.id FROM corpus_event_documents WHERE event_id = new.id;
            INSERT INTO web_story_facets(key, story_id, n)
                SELECT {KeyOf("new")}, new.story_id, 1 FROM {Kinds} WHERE {StoryKinds("new")} AND new.story_id IS NOT NULL
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS web_keys_event_removed BEFORE DELETE ON web_events BEGIN
            DELETE FROM web_event_keys WHERE event_id = old.id;
            UPDATE web_story_facets SET n = n - 1
                WHERE story_id = old.story_id AND key IN (SELECT {KeyOf("old")} FROM {Kinds} WHERE {StoryKinds("old")});
            DELETE FROM web_story_facets WHERE story_id = old.story_id AND n = 0;
        END;
        CREATE TRIGGER IF NOT EXISTS web_keys_actor_added AFTER INSERT ON corpus_event_actors BEGIN
            INSERT OR IGNORE INTO web_event_keys(key, event_id)
                SELECT 'a:' || new.entity_id, new.event_id WHERE EXISTS (SELECT 1 FROM web_events WHERE id = new.event_id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_keys_actor_removed AFTER DELETE ON corpus_event_actors BEGIN
            DELETE FROM web_event_keys WHERE key = 'a:' || old.entity_id AND event_id = old.event_id
                AND NOT EXISTS (SELECT 1 FROM corpus_event_actors WHERE event_id = old.event_id AND entity_id = old.entity_id);
        END;
        -- The document gets the facets of the event's keys first; a new language key then adds its own facets for every source, this one included.
        CREATE TRIGGER IF NOT EXISTS web_keys_source_added AFTER INSERT ON corpus_event_documents BEGIN
            INSERT INTO web_document_facets(key, seq, n)
                SELECT k.key, cd.seq, 1 FROM web_event_keys k JOIN corpus_documents cd ON cd.document_id = new.document_id
                WHERE k.event_id = new.event_id
                ON CONFLICT DO UPDATE SET n = n + 1;
            INSERT OR IGNORE INTO web_event_keys(key, event_id)
                SELECT 'l:' || new.language, new.event_id WHERE EXISTS (SELECT 1 FROM web_events WHERE id = new.event_id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_keys_source_removed AFTER DELETE ON corpus_event_documents BEGIN
            UPDATE web_document_facets SET n = n - 1
                WHERE seq = (SELECT seq FROM corpus_documents WHERE document_id = old.document_id)
                AND key IN (SELECT key FROM web_event_keys WHERE event_id = old.event_id);
            DELETE FROM web_document_facets
                WHERE n = 0 AND seq = (SELECT seq FROM corpus_documents WHERE document_id = old.document_id);
            DELETE FROM web_event_keys WHERE key = 'l:' || old.language AND event_id = old.event_id
                AND NOT EXISTS (SELECT 1 FROM corpus_event_documents WHERE event_id = old.event_id AND language = old.language);
        END;
        -- A corpus document removed (a consolidation from the first document clears them before the
        -- events) takes its facets along; one written after links to it gets them.
        CREATE TRIGGER IF NOT EXISTS web_keys_document_removed AFTER DELETE ON corpus_documents BEGIN
            DELETE FROM web_document_facets WHERE seq = old.seq;
        END;
        CREATE TRIGGER IF NOT EXISTS web_keys_document_added AFTER INSERT ON corpus_documents BEGIN
            INSERT INTO web_document_facets(key, seq, n)
                SELECT k.key, new.seq, 1 FROM corpus_event_documents ed JOIN web_event_keys k ON k.event_id = ed.event_id
                WHERE ed.document_id = new.document_id
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;

        -- A key gained: the event counts in its cell, its documents in the key's facets, and the
        -- actor pairs (this key with each actor of the event; an actor key also each other key with it).
        CREATE TRIGGER IF NOT EXISTS web_keys_added AFTER INSERT ON web_event_keys BEGIN
            INSERT INTO web_event_cells(key, admin1, type, week, events, fatalities)
                SELECT new.key, COALESCE(w.admin1, ''), w.type, COALESCE(w.week, ''), 1, COALESCE(w.fatalities, 0) FROM web_events w WHERE w.id = new.event_id
                ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
            INSERT INTO web_document_facets(key, seq, n)
                SELECT new.key, s.seq, 1 FROM ({Sources("new.event_id")}) s WHERE true
                ON CONFLICT DO UPDATE SET n = n + 1;
            INSERT INTO web_actor_counts(key, entity_id, events)
                SELECT new.key, substr(a.key, 3), 1 FROM web_event_keys a WHERE a.event_id = new.event_id AND substr(a.key, 1, 2) = 'a:'
                ON CONFLICT DO UPDATE SET events = events + 1;
            INSERT INTO web_actor_counts(key, entity_id, events)
                SELECT o.key, substr(new.key, 3), 1 FROM web_event_keys o
                WHERE substr(new.key, 1, 2) = 'a:' AND o.event_id = new.event_id AND o.key <> new.key
                ON CONFLICT DO UPDATE SET events = events + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS web_keys_removed AFTER DELETE ON web_event_keys BEGIN
            UPDATE web_event_cells SET events = events - 1, fatalities = fatalities - (SELECT COALESCE(fatalities, 0) FROM web_events WHERE id = old.event_id)
                WHERE (key, admin1, type, week) = (SELECT old.key, COALESCE(w.admin1, ''), w.type, COALESCE(w.week, '') FROM web_events w WHERE w.id = old.event_id);
            DELETE FROM web_event_cells WHERE key = old.key AND events = 0;
            UPDATE web_document_facets SET n = n - 1 WHERE key = old.key AND seq IN ({Sources("old.event_id")});
            DELETE FROM web_document_facets WHERE key = old.key AND n = 0 AND seq IN ({Sources("old.event_id")});
            UPDATE web_actor_counts SET events = events - 1
                WHERE key = old.key AND entity_id IN (
                    SELECT substr(a.key, 3) FROM web_event_keys a WHERE a.event_id = old.event_id AND substr(a.key, 1, 2) = 'a:'
                    UNION SELECT substr(old.key, 3) WHERE substr(old.key, 1, 2) = 'a:');
            UPDATE web_actor_counts SET events = events - 1
                WHERE substr(old.key, 1, 2) = 'a:' AND entity_id = substr(old.key, 3)
                AND key IN (SELECT o.key FROM web_event_keys o WHERE o.event_id = old.event_id);
            DELETE FROM web_actor_counts WHERE events = 0 AND (key = old.key OR (substr(old.key, 1, 2) = 'a:' AND entity_id = substr(old.key, 3)));
        END;
        """;

    /// <summary>Every table from web_events and the corpus links at once (the server's first start on a database, an upgrade).</summary>
    public static readonly string Refill = $"""
        DELETE FROM web_event_keys;
        INSERT INTO web_event_keys(key, event_id)
            SELECT {KeyOf("e")}, e.id FROM web_events e, {Kinds} WHERE {Has("e")}
            UNION SELECT 'a:' || a.entity_id, a.event_id FROM corpus_event_actors a JOIN web_events e ON e.id = a.event_id
            UNION SELECT 'l:' || ed.language, ed.event_id FROM corpus_event_documents ed JOIN web_events e ON e.id = ed.event_id;
        DELETE FROM web_event_cells;
        INSERT INTO web_event_cells(key, admin1, type, week, events, fatalities)
            SELECT k.key, COALESCE(e.admin1, ''), e.type, COALESCE(e.week, ''), COUNT(*), COALESCE(SUM(e.fatalities), 0)
            FROM web_event_keys k JOIN web_events e ON e.id = k.event_id GROUP BY 1, 2, 3, 4;
        DELETE FROM web_actor_counts;
        INSERT INTO web_actor_counts(key, entity_id, events)
            SELECT k.key, substr(a.key, 3), COUNT(*) FROM web_event_keys a JOIN web_event_keys k ON k.event_id = a.event_id
            WHERE a.key >= 'a:' AND a.key < 'a;' GROUP BY 1, 2;
        DELETE FROM web_story_facets;
        INSERT INTO web_story_facets(key, story_id, n)
            SELECT {KeyOf("e")} AS key, e.story_id, COUNT(*) FROM web_events e, {Kinds}
            WHERE e.story_id IS NOT NULL AND {StoryKinds("e")} GROUP BY key, e.story_id;
        DELETE FROM web_document_facets;
        INSERT INTO web_document_facets(key, seq, n)
            SELECT k.key, cd.seq, COUNT(*)
            FROM web_event_keys k JOIN corpus_event_documents ed ON ed.event_id = k.event_id JOIN corpus_documents cd ON cd.document_id = ed.document_id
            GROUP BY 1, 2;
        """;
}
