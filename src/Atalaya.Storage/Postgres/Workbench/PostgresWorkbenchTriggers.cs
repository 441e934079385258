namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The triggers that keep the workbench's tables in the transaction of each corpus write. Where
/// SQLite's triggers add each row's difference, these recount the event the row belongs to
/// (web_event_recount), because PostgreSQL runs a row's trigger only once its whole statement is done.
/// </summary>
internal static class PostgresWorkbenchTriggers
{
    /// <summary>
    /// The second half of web_event_refresh: an event's keys, counts and facets added from its current row
    /// (the first half takes away what it held before). One text for the function as first made and as
    /// made again by the trigger deferral step, so the two cannot drift.
    /// </summary>
    internal static readonly string AddEventShare = $$"""
            SELECT * INTO e FROM web_events WHERE id = event;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            actors := ARRAY(SELECT DISTINCT entity_id FROM corpus_event_actors WHERE event_id = event);
            keys := ARRAY(
                SELECT {{PostgresWorkbenchKeys.KeyOf("e")}} FROM {{PostgresWorkbenchKeys.Kinds}} WHERE {{PostgresWorkbenchKeys.Has("e")}}
                UNION SELECT 'a:' || a FROM unnest(actors) a
                UNION SELECT DISTINCT 'l:' || language FROM corpus_event_documents WHERE event_id = event);
            seqs := ARRAY(
                SELECT DISTINCT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id
                WHERE ed.event_id = event);
            INSERT INTO web_event_keys(key, event_id) SELECT k, event FROM unnest(keys) k;
            INSERT INTO web_event_cells(key, admin1, type, week, events, fatalities)
                SELECT k, COALESCE(e.admin1, ''), e.type, COALESCE(e.week, ''), 1, COALESCE(e.fatalities, 0) FROM unnest(keys) k
                ON CONFLICT (key, admin1, type, week) DO UPDATE SET events = web_event_cells.events + 1, fatalities = web_event_cells.fatalities + excluded.fatalities;
            INSERT INTO web_document_facets(key, seq, n)
                SELECT k, s, 1 FROM unnest(keys) k, unnest(seqs) s
                ON CONFLICT (key, seq) DO UPDATE SET n = web_document_facets.n + 1;
            INSERT INTO web_actor_counts(key, entity_id, events)
                SELECT k, a, 1 FROM unnest(keys) k, unnest(actors) a
                ON CONFLICT (key, entity_id) DO UPDATE SET events = web_actor_counts.events + 1;
            IF e.story_id IS NOT NULL THEN
                INSERT INTO web_story_facets(key, story_id, n)
                    SELECT k, e.story_id, 1 FROM unnest(web_story_keys(keys)) k
                    ON CONFLICT (key, story_id) DO UPDATE SET n = web_story_facets.n + 1;
            END IF;
            INSERT INTO web_event_shares(event_id, keys, actors, seqs, admin1, type, week, fatalities, story_id)
                VALUES (event, keys, actors, seqs, e.admin1, e.type, e.week, e.fatalities, e.story_id);
        """;

    public static readonly string Create = $$"""
        CREATE FUNCTION web_documents_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                DELETE FROM web_documents WHERE seq = OLD.seq;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO web_documents(seq, published, language) VALUES (NEW.seq, NEW.published, NEW.language)
                    ON CONFLICT (seq) DO UPDATE SET published = excluded.published, language = excluded.language;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_documents_kept AFTER INSERT OR DELETE OR UPDATE OF seq, published, language ON documents
            FOR EACH ROW EXECUTE FUNCTION web_documents_kept();

        -- An upsert of corpus_events fires the update trigger, as on SQLite: the row goes and comes back
        -- last in insertion order, with its keys and counts taken out and put back.
        CREATE FUNCTION web_events_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                DELETE FROM web_events WHERE id = OLD.id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                DELETE FROM web_events WHERE id = NEW.id;
                INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
                    VALUES (NEW.id, NEW.date, web_week(NEW.date), NEW.type, NEW.admin1, NEW.fatalities, NEW.lat, NEW.lon, NEW.place, NEW.story_id);
                PERFORM web_event_recount(NEW.id);
            END IF;
            IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
                PERFORM web_event_recount(OLD.id);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_events_kept AFTER INSERT OR UPDATE OR DELETE ON corpus_events
            FOR EACH ROW EXECUTE FUNCTION web_events_kept();

        CREATE FUNCTION web_story_order_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM web_story_order WHERE story_id = OLD.id;
            ELSE
                INSERT INTO web_story_order(story_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_story_order_kept AFTER INSERT OR DELETE ON corpus_stories
            FOR EACH ROW EXECUTE FUNCTION web_story_order_kept();

        -- Only names an entity lost are deleted and only new ones inserted, so folded names stay folded.
        CREATE FUNCTION web_names_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
                DELETE FROM web_names WHERE entity_id = OLD.id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                DELETE FROM web_names WHERE entity_id = NEW.id AND name NOT IN (SELECT n.name FROM web_entity_names(NEW.name, NEW.json) n);
                INSERT INTO web_names(entity_id, name)
                    SELECT NEW.id, n.name FROM web_entity_names(NEW.name, NEW.json) n
                    WHERE n.name NOT IN (SELECT w.name FROM web_names w WHERE w.entity_id = NEW.id);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_names_kept AFTER INSERT OR UPDATE OR DELETE ON corpus_entities
            FOR EACH ROW EXECUTE FUNCTION web_names_kept();

        -- An event's share of the counts, made again from the corpus rows whenever any of them changes
        -- (its row, its actors, its sources, a source's corpus document): the share written last is
        -- kept in web_event_shares and taken out first. A trigger of PostgreSQL runs after the whole
        -- statement (SQLite's after each row), when several rows of one event changed at once, so each
        -- run recounts the event whole instead of adding one row's difference.
        CREATE FUNCTION web_event_recount(event text) RETURNS void LANGUAGE plpgsql AS $$
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
                DELETE FROM web_event_cells WHERE key = ANY(was.keys) AND events = 0;
                UPDATE web_document_facets SET n = n - 1 WHERE key = ANY(was.keys) AND seq = ANY(was.seqs);
                DELETE FROM web_document_facets WHERE key = ANY(was.keys) AND seq = ANY(was.seqs) AND n = 0;
                UPDATE web_actor_counts SET events = events - 1 WHERE key = ANY(was.keys) AND entity_id = ANY(was.actors);
                DELETE FROM web_actor_counts WHERE key = ANY(was.keys) AND entity_id = ANY(was.actors) AND events = 0;
                UPDATE web_story_facets SET n = n - 1 WHERE story_id = was.story_id AND key = ANY(web_story_keys(was.keys));
                DELETE FROM web_story_facets WHERE story_id = was.story_id AND n = 0;
                DELETE FROM web_event_keys WHERE event_id = event;
                DELETE FROM web_event_shares WHERE event_id = event;
            END IF;

        {{AddEventShare}}
        END $$;

        CREATE FUNCTION web_links_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM web_event_recount(OLD.event_id);
            ELSE
                PERFORM web_event_recount(NEW.event_id);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_actors_kept AFTER INSERT OR DELETE ON corpus_event_actors FOR EACH ROW EXECUTE FUNCTION web_links_kept();
        CREATE TRIGGER web_sources_kept AFTER INSERT OR DELETE ON corpus_event_documents FOR EACH ROW EXECUTE FUNCTION web_links_kept();

        -- A corpus document removed takes its facets along; one written after links to it gets them.
        CREATE FUNCTION web_corpus_document_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE linked text;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM web_document_facets WHERE seq = OLD.seq;
                UPDATE web_event_shares SET seqs = array_remove(seqs, OLD.seq)
                    WHERE event_id IN (SELECT event_id FROM corpus_event_documents WHERE document_id = OLD.document_id);
            ELSE
                FOR linked IN SELECT event_id FROM corpus_event_documents WHERE document_id = NEW.document_id LOOP
                    PERFORM web_event_recount(linked);
                END LOOP;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_corpus_document_kept AFTER INSERT OR DELETE ON corpus_documents FOR EACH ROW EXECUTE FUNCTION web_corpus_document_kept();
        """;
}
