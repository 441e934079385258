namespace Atalaya.Web.Data;

/// <summary>
/// Pre-counted figures that the state and type filters would otherwise count over tens of
/// thousands of events: events and fatalities per (state, type, week) cell for the overview, and
/// which stories and documents have an event of a state, a type or both ("facets"), so the lists
/// filter with one index range instead of walking event → document → corpus document links.
/// Triggers on web_events (whose rows change only when an event's state, type, week, fatalities or
/// story change) and on corpus_event_documents keep them; n counts the events (or event-document
/// links) behind a facet row, which goes when n reaches 0.
/// </summary>
internal static class WorkbenchFacets
{
    /// <summary>The facet key of a state, a type, or both (null when neither is filtered).</summary>
    public static string? Key(string? state, string? type)
        => (state, type) switch
        {
            (null, null) => null,
            ({ } s, null) => "s:" + s,
            (null, { } t) => "t:" + t,
            ({ } s, { } t) => "st:" + s + "\u001f" + t,
        };

    /// <summary>The facet keys of an event row (aliased as given), one per row of the kinds table k.</summary>
    private static string KeyOf(string e)
        => $"CASE k.kind WHEN 's' THEN 's:' || {e}.admin1 WHEN 't' THEN 't:' || {e}.type ELSE 'st:' || {e}.admin1 || char(31) || {e}.type END";

    /// <summary>The kinds of facet (joined as k); an event row has its type always, its state and state+type when it has a state (<see cref="Has"/>).</summary>
    private const string Kinds = "(SELECT 't' AS kind UNION ALL SELECT 's' UNION ALL SELECT 'st') k";

    private static string Has(string e) => $"(k.kind = 't' OR {e}.admin1 IS NOT NULL)";

    private static string Cell(string e) => $"admin1 = COALESCE({e}.admin1, '') AND type = {e}.type AND week = COALESCE({e}.week, '')";

    public static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS web_event_cells (
            admin1 TEXT NOT NULL,
            type TEXT NOT NULL,
            week TEXT NOT NULL,
            events INTEGER NOT NULL,
            fatalities INTEGER NOT NULL,
            PRIMARY KEY (admin1, type, week)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS web_event_cells_by_type ON web_event_cells(type, admin1, week, events, fatalities);
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

        CREATE TRIGGER IF NOT EXISTS web_facets_event_added AFTER INSERT ON web_events BEGIN
            INSERT INTO web_event_cells(admin1, type, week, events, fatalities)
                VALUES (COALESCE(new.admin1, ''), new.type, COALESCE(new.week, ''), 1, COALESCE(new.fatalities, 0))
                ON CONFLICT DO UPDATE SET events = events + 1, fatalities = fatalities + excluded.fatalities;
            INSERT INTO web_story_facets(key, story_id, n)
                SELECT {KeyOf("new")}, new.story_id, 1 FROM {Kinds} WHERE {Has("new")} AND new.story_id IS NOT NULL
                ON CONFLICT DO UPDATE SET n = n + 1;
            INSERT INTO web_document_facets(key, seq, n)
                SELECT {KeyOf("new")}, cd.seq, 1
                FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id, {Kinds}
                WHERE ed.event_id = new.id AND {Has("new")}
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS web_facets_event_removed AFTER DELETE ON web_events BEGIN
            UPDATE web_event_cells SET events = events - 1, fatalities = fatalities - COALESCE(old.fatalities, 0) WHERE {Cell("old")};
            DELETE FROM web_event_cells WHERE {Cell("old")} AND events = 0;
            UPDATE web_story_facets SET n = n - 1
                WHERE story_id = old.story_id AND key IN (SELECT {KeyOf("old")} FROM {Kinds} WHERE {Has("old")});
            DELETE FROM web_story_facets WHERE story_id = old.story_id AND n = 0 AND key IN (SELECT {KeyOf("old")} FROM {Kinds} WHERE {Has("old")});
            UPDATE web_document_facets SET n = n - 1
                WHERE key IN (SELECT {KeyOf("old")} FROM {Kinds} WHERE {Has("old")})
                AND seq IN (SELECT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id WHERE ed.event_id = old.id);
            DELETE FROM web_document_facets WHERE n = 0 AND key IN (SELECT {KeyOf("old")} FROM {Kinds} WHERE {Has("old")})
                AND seq IN (SELECT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id WHERE ed.event_id = old.id);
        END;
        -- A corpus document removed (a consolidation from the first document clears them before the
        -- events) takes its facets along; one written after links to it gets them.
        CREATE TRIGGER IF NOT EXISTS web_facets_document_removed AFTER DELETE ON corpus_documents BEGIN
            DELETE FROM web_document_facets WHERE seq = old.seq;
        END;
        CREATE TRIGGER IF NOT EXISTS web_facets_document_added AFTER INSERT ON corpus_documents BEGIN
            INSERT INTO web_document_facets(key, seq, n)
                SELECT {KeyOf("e")}, new.seq, 1
                FROM corpus_event_documents ed JOIN web_events e ON e.id = ed.event_id, {Kinds}
                WHERE ed.document_id = new.document_id AND {Has("e")}
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS web_facets_link_added AFTER INSERT ON corpus_event_documents BEGIN
            INSERT INTO web_document_facets(key, seq, n)
                SELECT {KeyOf("e")}, cd.seq, 1
                FROM web_events e JOIN corpus_documents cd ON cd.document_id = new.document_id, {Kinds}
                WHERE e.id = new.event_id AND {Has("e")}
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS web_facets_link_removed AFTER DELETE ON corpus_event_documents BEGIN
            UPDATE web_document_facets SET n = n - 1
                WHERE seq = (SELECT seq FROM corpus_documents WHERE document_id = old.document_id)
                AND key IN (SELECT {KeyOf("e")} FROM web_events e, {Kinds} WHERE e.id = old.event_id AND {Has("e")});
            DELETE FROM web_document_facets
                WHERE n = 0 AND seq = (SELECT seq FROM corpus_documents WHERE document_id = old.document_id)
                AND key IN (SELECT {KeyOf("e")} FROM web_events e, {Kinds} WHERE e.id = old.event_id AND {Has("e")});
        END;
        """;

    public static readonly string Refill = $"""
        DELETE FROM web_event_cells;
        INSERT INTO web_event_cells(admin1, type, week, events, fatalities)
            SELECT COALESCE(admin1, ''), type, COALESCE(week, ''), COUNT(*), COALESCE(SUM(fatalities), 0) FROM web_events GROUP BY 1, 2, 3;
        DELETE FROM web_story_facets;
        INSERT INTO web_story_facets(key, story_id, n)
            SELECT {KeyOf("e")} AS key, e.story_id, COUNT(*) FROM web_events e, {Kinds}
            WHERE e.story_id IS NOT NULL AND {Has("e")} GROUP BY key, e.story_id;
        DELETE FROM web_document_facets;
        INSERT INTO web_document_facets(key, seq, n)
            SELECT {KeyOf("e")} AS key, cd.seq, COUNT(*)
            FROM web_events e JOIN corpus_event_documents ed ON ed.event_id = e.id JOIN corpus_documents cd ON cd.document_id = ed.document_id, {Kinds}
            WHERE {Has("e")} GROUP BY key, cd.seq;
        """;
}
