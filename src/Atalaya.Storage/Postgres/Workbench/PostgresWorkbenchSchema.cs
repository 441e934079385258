namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The workbench's tables on PostgreSQL: the same web_* tables, keys and counts as SQLite's
/// (Sqlite/Workbench), kept by triggers in the transaction of each corpus write, so a reader never
/// sees counts out of step with the corpus. Full-text search is a tsvector of the documents (accents
/// folded by the unaccent dictionary), the name search a trigram index (pg_trgm) over names folded
/// by the program (<see cref="Atalaya.Storage.Workbench.NameFolding"/>, which SQL cannot repeat).
/// </summary>
internal static class PostgresWorkbenchSchema
{
    /// <summary>The SQL of a web_events row's keys (aliased as given), one per row of the kinds table k.</summary>
    private static string KeyOf(string e)
        => $"CASE k.kind WHEN '' THEN '' WHEN 's' THEN 's:' || {e}.admin1 WHEN 't' THEN 't:' || {e}.type ELSE 'st:' || {e}.admin1 || chr(31) || {e}.type END";

    private const string Kinds = "(VALUES (''), ('t'), ('s'), ('st')) k(kind)";

    private static string Has(string e) => $"(k.kind IN ('', 't') OR {e}.admin1 IS NOT NULL)";

    private static string StoryKinds(string e) => $"k.kind <> '' AND {Has(e)}";

    private static string Sources(string eventId)
        => $"SELECT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id WHERE ed.event_id = {eventId}";

    /// <summary>
    /// Text compares by code point everywhere, as SQLite's BINARY collation does, so that sorted lists
    /// and ties come out in the same order on both engines whatever locale the server was created with.
    /// Done before the full-text column is added, which would pin the collation of title and text.
    /// </summary>
    private const string CodePointCollation = """
        DO $$
        DECLARE c record;
        BEGIN
            FOR c IN SELECT table_name, column_name FROM information_schema.columns
                     WHERE table_schema = current_schema() AND data_type = 'text'
                       AND table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = current_schema())
            LOOP
                EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', c.table_name, c.column_name);
            END LOOP;
        END $$;
        """;

    private const string Tables = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;

        -- The Monday on or before a day; none for a date of a month or a year (or not a date).
        CREATE FUNCTION web_week(day text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            IF length(day) IS DISTINCT FROM 10 THEN RETURN NULL; END IF;
            RETURN to_char(day::date - (extract(isodow FROM day::date)::int - 1), 'YYYY-MM-DD');
        EXCEPTION WHEN others THEN RETURN NULL;
        END $$;

        -- Words as FTS5's unicode61 tokenizer with remove_diacritics keeps them: lower case, accents off.
        CREATE TEXT SEARCH CONFIGURATION web_folded (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION web_folded ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        ALTER TABLE documents ADD COLUMN search tsvector
            GENERATED ALWAYS AS (to_tsvector('web_folded'::regconfig, COALESCE(title, '') || ' ' || text)) STORED;
        CREATE INDEX web_documents_search ON documents USING gin (search);

        -- The stories' insertion order, as SQLite's rowid of corpus_stories (an upsert keeps it, a story
        -- deleted and written again comes last): it breaks the ties of the story list the same way on
        -- both engines. Beside the table, so that corpus_stories has the same columns on both.
        CREATE TABLE web_story_order (
            story_id text COLLATE "C" PRIMARY KEY,
            row_order bigint GENERATED ALWAYS AS IDENTITY
        );
        INSERT INTO web_story_order(story_id) SELECT id FROM corpus_stories ORDER BY seq;
        CREATE INDEX web_corpus_stories_by_last_published ON corpus_stories(last_published);

        CREATE TABLE web_events (
            row_order bigint GENERATED ALWAYS AS IDENTITY,
            id text COLLATE "C" PRIMARY KEY,
            date text COLLATE "C",
            week text COLLATE "C",
            type text COLLATE "C" NOT NULL,
            admin1 text COLLATE "C",
            fatalities bigint,
            lat double precision,
            lon double precision,
            place text COLLATE "C",
            story_id text COLLATE "C"
        );
        CREATE INDEX web_events_by_date ON web_events(date, row_order);
        CREATE INDEX web_events_by_admin1 ON web_events(admin1, date, row_order);
        CREATE INDEX web_events_by_type ON web_events(type, date, row_order);
        CREATE INDEX web_events_by_fatalities ON web_events(fatalities, row_order);
        CREATE INDEX web_events_by_story ON web_events(story_id);

        CREATE TABLE web_documents (
            seq bigint PRIMARY KEY,
            published text COLLATE "C",
            language text COLLATE "C" NOT NULL
        );
        CREATE INDEX web_documents_by_published ON web_documents(published, seq);
        CREATE INDEX web_documents_by_language ON web_documents(language, published, seq);

        CREATE TABLE web_event_keys (
            key text COLLATE "C" NOT NULL,
            event_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (key, event_id)
        );
        CREATE INDEX web_event_keys_by_event ON web_event_keys(event_id);
        CREATE TABLE web_event_cells (
            key text COLLATE "C" NOT NULL,
            admin1 text COLLATE "C" NOT NULL,
            type text COLLATE "C" NOT NULL,
            week text COLLATE "C" NOT NULL,
            events bigint NOT NULL,
            fatalities bigint NOT NULL,
            PRIMARY KEY (key, admin1, type, week)
        );
        CREATE TABLE web_actor_counts (
            key text COLLATE "C" NOT NULL,
            entity_id text COLLATE "C" NOT NULL,
            events bigint NOT NULL,
            PRIMARY KEY (key, entity_id)
        );
        CREATE INDEX web_actor_counts_top ON web_actor_counts(key, events DESC, entity_id);
        CREATE TABLE web_story_facets (
            key text COLLATE "C" NOT NULL,
            story_id text COLLATE "C" NOT NULL,
            n bigint NOT NULL,
            PRIMARY KEY (key, story_id)
        );
        CREATE TABLE web_document_facets (
            key text COLLATE "C" NOT NULL,
            seq bigint NOT NULL,
            n bigint NOT NULL,
            PRIMARY KEY (key, seq)
        );
        CREATE INDEX web_document_facets_by_seq ON web_document_facets(seq);

        -- folded is NULL until the program folds the name (PostgresWorkbenchNames).
        CREATE TABLE web_names (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            entity_id text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            folded text COLLATE "C"
        );
        CREATE INDEX web_names_of_entity ON web_names(entity_id);
        CREATE INDEX web_names_trigrams ON web_names USING gin (folded gin_trgm_ops);
        CREATE INDEX web_names_unfolded ON web_names(id) WHERE folded IS NULL;

        -- The name and the text aliases of an entity's contract JSON.
        CREATE FUNCTION web_entity_names(name text, json text) RETURNS TABLE(name text) LANGUAGE sql IMMUTABLE AS $$
            SELECT $1 UNION
            SELECT a #>> '{}' FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof($2::jsonb -> 'aliases') = 'array' THEN $2::jsonb -> 'aliases' ELSE '[]'::jsonb END) a
            WHERE jsonb_typeof(a) = 'string'
        $$;
        """;

    private static readonly string Triggers = $$"""
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

        -- An event's keys come and go with its web_events row (before the row goes: the counts need its figures).
        CREATE FUNCTION web_keys_event_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO web_event_keys(key, event_id) SELECT {{KeyOf("NEW")}}, NEW.id FROM {{Kinds}} WHERE {{Has("NEW")}} ON CONFLICT DO NOTHING;
            INSERT INTO web_event_keys(key, event_id) SELECT DISTINCT 'a:' || entity_id, NEW.id FROM corpus_event_actors WHERE event_id = NEW.id ON CONFLICT DO NOTHING;
            INSERT INTO web_event_keys(key, event_id) SELECT DISTINCT 'l:' || language, NEW.id FROM corpus_event_documents WHERE event_id = NEW.id ON CONFLICT DO NOTHING;
            INSERT INTO web_story_facets(key, story_id, n)
                SELECT {{KeyOf("NEW")}}, NEW.story_id, 1 FROM {{Kinds}} WHERE {{StoryKinds("NEW")}} AND NEW.story_id IS NOT NULL
                ON CONFLICT (key, story_id) DO UPDATE SET n = web_story_facets.n + 1;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_keys_event_added AFTER INSERT ON web_events FOR EACH ROW EXECUTE FUNCTION web_keys_event_added();

        CREATE FUNCTION web_keys_event_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM web_event_keys WHERE event_id = OLD.id;
            UPDATE web_story_facets SET n = n - 1
                WHERE story_id = OLD.story_id AND key IN (SELECT {{KeyOf("OLD")}} FROM {{Kinds}} WHERE {{StoryKinds("OLD")}});
            DELETE FROM web_story_facets WHERE story_id = OLD.story_id AND n = 0;
            RETURN OLD;
        END $$;
        CREATE TRIGGER web_keys_event_removed BEFORE DELETE ON web_events FOR EACH ROW EXECUTE FUNCTION web_keys_event_removed();

        CREATE FUNCTION web_keys_actor_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO web_event_keys(key, event_id)
                    SELECT 'a:' || NEW.entity_id, NEW.event_id WHERE EXISTS (SELECT 1 FROM web_events WHERE id = NEW.event_id)
                    ON CONFLICT DO NOTHING;
            ELSE
                DELETE FROM web_event_keys WHERE key = 'a:' || OLD.entity_id AND event_id = OLD.event_id
                    AND NOT EXISTS (SELECT 1 FROM corpus_event_actors WHERE event_id = OLD.event_id AND entity_id = OLD.entity_id);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_keys_actor_kept AFTER INSERT OR DELETE ON corpus_event_actors FOR EACH ROW EXECUTE FUNCTION web_keys_actor_kept();

        -- The document gets the facets of the event's keys first; a new language key then adds its own facets for every source, this one included.
        CREATE FUNCTION web_keys_source_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO web_document_facets(key, seq, n)
                    SELECT k.key, cd.seq, 1 FROM web_event_keys k JOIN corpus_documents cd ON cd.document_id = NEW.document_id
                    WHERE k.event_id = NEW.event_id
                    ON CONFLICT (key, seq) DO UPDATE SET n = web_document_facets.n + 1;
                INSERT INTO web_event_keys(key, event_id)
                    SELECT 'l:' || NEW.language, NEW.event_id WHERE EXISTS (SELECT 1 FROM web_events WHERE id = NEW.event_id)
                    ON CONFLICT DO NOTHING;
            ELSE
                UPDATE web_document_facets SET n = n - 1
                    WHERE seq = (SELECT seq FROM corpus_documents WHERE document_id = OLD.document_id)
                    AND key IN (SELECT key FROM web_event_keys WHERE event_id = OLD.event_id);
                DELETE FROM web_document_facets
                    WHERE n = 0 AND seq = (SELECT seq FROM corpus_documents WHERE document_id = OLD.document_id);
                DELETE FROM web_event_keys WHERE key = 'l:' || OLD.language AND event_id = OLD.event_id
                    AND NOT EXISTS (SELECT 1 FROM corpus_event_documents WHERE event_id = OLD.event_id AND language = OLD.language);
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_keys_source_kept AFTER INSERT OR DELETE ON corpus_event_documents FOR EACH ROW EXECUTE FUNCTION web_keys_source_kept();

        -- A corpus document removed takes its facets along; one written after links to it gets them.
        CREATE FUNCTION web_keys_document_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM web_document_facets WHERE seq = OLD.seq;
            ELSE
                INSERT INTO web_document_facets(key, seq, n)
                    SELECT k.key, NEW.seq, 1 FROM corpus_event_documents ed JOIN web_event_keys k ON k.event_id = ed.event_id
                    WHERE ed.document_id = NEW.document_id
                    ON CONFLICT (key, seq) DO UPDATE SET n = web_document_facets.n + 1;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_keys_document_kept AFTER INSERT OR DELETE ON corpus_documents FOR EACH ROW EXECUTE FUNCTION web_keys_document_kept();

        -- A key gained: the event counts in its cell, its documents in the key's facets, and the
        -- actor pairs (this key with each actor of the event; an actor key also each other key with it).
        CREATE FUNCTION web_keys_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO web_event_cells(key, admin1, type, week, events, fatalities)
                SELECT NEW.key, COALESCE(w.admin1, ''), w.type, COALESCE(w.week, ''), 1, COALESCE(w.fatalities, 0) FROM web_events w WHERE w.id = NEW.event_id
                ON CONFLICT (key, admin1, type, week) DO UPDATE SET events = web_event_cells.events + 1, fatalities = web_event_cells.fatalities + excluded.fatalities;
            INSERT INTO web_document_facets(key, seq, n)
                SELECT NEW.key, s.seq, 1 FROM ({{Sources("NEW.event_id")}}) s
                ON CONFLICT (key, seq) DO UPDATE SET n = web_document_facets.n + 1;
            INSERT INTO web_actor_counts(key, entity_id, events)
                SELECT NEW.key, substr(a.key, 3), 1 FROM web_event_keys a WHERE a.event_id = NEW.event_id AND substr(a.key, 1, 2) = 'a:'
                ON CONFLICT (key, entity_id) DO UPDATE SET events = web_actor_counts.events + 1;
            INSERT INTO web_actor_counts(key, entity_id, events)
                SELECT o.key, substr(NEW.key, 3), 1 FROM web_event_keys o
                WHERE substr(NEW.key, 1, 2) = 'a:' AND o.event_id = NEW.event_id AND o.key <> NEW.key
                ON CONFLICT (key, entity_id) DO UPDATE SET events = web_actor_counts.events + 1;
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_keys_added AFTER INSERT ON web_event_keys FOR EACH ROW EXECUTE FUNCTION web_keys_added();

        CREATE FUNCTION web_keys_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE web_event_cells SET events = events - 1, fatalities = fatalities - (SELECT COALESCE(fatalities, 0) FROM web_events WHERE id = OLD.event_id)
                WHERE (key, admin1, type, week) = (SELECT OLD.key, COALESCE(w.admin1, ''), w.type, COALESCE(w.week, '') FROM web_events w WHERE w.id = OLD.event_id);
            DELETE FROM web_event_cells WHERE key = OLD.key AND events = 0;
            UPDATE web_document_facets SET n = n - 1 WHERE key = OLD.key AND seq IN ({{Sources("OLD.event_id")}});
            DELETE FROM web_document_facets WHERE key = OLD.key AND n = 0 AND seq IN ({{Sources("OLD.event_id")}});
            UPDATE web_actor_counts SET events = events - 1
                WHERE key = OLD.key AND entity_id IN (
                    SELECT substr(a.key, 3) FROM web_event_keys a WHERE a.event_id = OLD.event_id AND substr(a.key, 1, 2) = 'a:'
                    UNION SELECT substr(OLD.key, 3) WHERE substr(OLD.key, 1, 2) = 'a:');
            UPDATE web_actor_counts SET events = events - 1
                WHERE substr(OLD.key, 1, 2) = 'a:' AND entity_id = substr(OLD.key, 3)
                AND key IN (SELECT o.key FROM web_event_keys o WHERE o.event_id = OLD.event_id);
            DELETE FROM web_actor_counts WHERE events = 0 AND (key = OLD.key OR (substr(OLD.key, 1, 2) = 'a:' AND entity_id = substr(OLD.key, 3)));
            RETURN NULL;
        END $$;
        CREATE TRIGGER web_keys_removed AFTER DELETE ON web_event_keys FOR EACH ROW EXECUTE FUNCTION web_keys_removed();
        """;

    /// <summary>
    /// Every workbench table filled again from the corpus tables at once (triggers off meanwhile, so
    /// the counts are made once), web_events in corpus order as SQLite's refill writes it: after a
    /// consolidation from the first document, and by the migration for a corpus already there.
    /// </summary>
    public static readonly string Refill = $"""
        ALTER TABLE web_events DISABLE TRIGGER USER;
        ALTER TABLE web_event_keys DISABLE TRIGGER USER;
        TRUNCATE web_events, web_event_keys, web_event_cells, web_actor_counts, web_story_facets, web_document_facets;
        ALTER TABLE web_events ALTER COLUMN row_order RESTART;
        INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
            SELECT id, date, web_week(date), type, admin1, fatalities, lat, lon, place, story_id FROM corpus_events ORDER BY seq;
        INSERT INTO web_event_keys(key, event_id)
            SELECT {KeyOf("e")}, e.id FROM web_events e, {Kinds} WHERE {Has("e")}
            UNION SELECT 'a:' || a.entity_id, a.event_id FROM corpus_event_actors a JOIN web_events e ON e.id = a.event_id
            UNION SELECT 'l:' || ed.language, ed.event_id FROM corpus_event_documents ed JOIN web_events e ON e.id = ed.event_id;
        INSERT INTO web_event_cells(key, admin1, type, week, events, fatalities)
            SELECT k.key, COALESCE(e.admin1, ''), e.type, COALESCE(e.week, ''), COUNT(*), COALESCE(SUM(e.fatalities), 0)
            FROM web_event_keys k JOIN web_events e ON e.id = k.event_id GROUP BY 1, 2, 3, 4;
        INSERT INTO web_actor_counts(key, entity_id, events)
            SELECT k.key, substr(a.key, 3), COUNT(*) FROM web_event_keys a JOIN web_event_keys k ON k.event_id = a.event_id
            WHERE a.key >= 'a:' AND a.key < 'a;' GROUP BY 1, 2;
        INSERT INTO web_story_facets(key, story_id, n)
            SELECT {KeyOf("e")} AS key, e.story_id, COUNT(*) FROM web_events e, {Kinds}
            WHERE e.story_id IS NOT NULL AND {StoryKinds("e")} GROUP BY 1, 2;
        INSERT INTO web_document_facets(key, seq, n)
            SELECT k.key, cd.seq, COUNT(*)
            FROM web_event_keys k JOIN corpus_event_documents ed ON ed.event_id = k.event_id JOIN corpus_documents cd ON cd.document_id = ed.document_id
            GROUP BY 1, 2;
        ALTER TABLE web_events ENABLE TRIGGER USER;
        ALTER TABLE web_event_keys ENABLE TRIGGER USER;
        """;

    private const string FillOthers = """
        INSERT INTO web_documents(seq, published, language) SELECT seq, published, language FROM documents;
        INSERT INTO web_names(entity_id, name) SELECT e.id, n.name FROM corpus_entities e, web_entity_names(e.name, e.json) n;
        """;

    /// <summary>The migration that adds the workbench to a database (filled from any corpus it holds already).</summary>
    public static string Migration => CodePointCollation + Tables + Triggers + Refill + FillOthers;
}
