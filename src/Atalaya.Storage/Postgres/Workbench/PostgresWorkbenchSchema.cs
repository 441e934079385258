namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The workbench's tables on PostgreSQL: the same web_* tables, keys and counts as SQLite's
/// (Sqlite/Workbench), kept by triggers in the transaction of each corpus write, so a reader never
/// sees counts out of step with the corpus. Where SQLite's triggers add each row's difference,
/// these recount the event the row belongs to (web_event_recount), because PostgreSQL runs a row's
/// trigger only once its whole statement is done. Full-text search is a tsvector of the documents (accents
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

        -- What each event added to the counts above (web_event_recount takes it out before adding anew).
        CREATE TABLE web_event_shares (
            event_id text COLLATE "C" PRIMARY KEY,
            keys text[] COLLATE "C" NOT NULL,
            actors text[] COLLATE "C" NOT NULL,
            seqs bigint[] NOT NULL,
            admin1 text COLLATE "C",
            type text COLLATE "C" NOT NULL,
            week text COLLATE "C",
            fatalities bigint,
            story_id text COLLATE "C"
        );
        -- The state and type keys, those story facets are kept for.
        CREATE FUNCTION web_story_keys(keys text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
            SELECT ARRAY(SELECT k FROM unnest($1) k WHERE k LIKE 's:%' OR k LIKE 't:%' OR k LIKE 'st:%')
        $$;

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

            SELECT * INTO e FROM web_events WHERE id = event;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            actors := ARRAY(SELECT DISTINCT entity_id FROM corpus_event_actors WHERE event_id = event);
            keys := ARRAY(
                SELECT {{KeyOf("e")}} FROM {{Kinds}} WHERE {{Has("e")}}
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

    /// <summary>
    /// Every workbench table of the events filled again from the corpus tables at once (web_events has
    /// no trigger: the counts are made once, by these statements), web_events in corpus order as SQLite's refill writes it: after a
    /// consolidation from the first document, and by the migration for a corpus already there.
    /// </summary>
    public static readonly string Refill = $"""
        TRUNCATE web_events, web_event_keys, web_event_cells, web_actor_counts, web_story_facets, web_document_facets, web_event_shares;
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
        INSERT INTO web_event_shares(event_id, keys, actors, seqs, admin1, type, week, fatalities, story_id)
            SELECT e.id,
                ARRAY(SELECT k.key FROM web_event_keys k WHERE k.event_id = e.id),
                ARRAY(SELECT DISTINCT a.entity_id FROM corpus_event_actors a WHERE a.event_id = e.id),
                ARRAY(SELECT DISTINCT cd.seq FROM corpus_event_documents ed JOIN corpus_documents cd ON cd.document_id = ed.document_id WHERE ed.event_id = e.id),
                e.admin1, e.type, e.week, e.fatalities, e.story_id
            FROM web_events e;
        """;

    private const string FillOthers = """
        INSERT INTO web_documents(seq, published, language) SELECT seq, published, language FROM documents;
        INSERT INTO web_names(entity_id, name) SELECT e.id, n.name FROM corpus_entities e, web_entity_names(e.name, e.json) n;
        """;

    /// <summary>The migration that adds the workbench to a database (filled from any corpus it holds already).</summary>
    public static string Migration => CodePointCollation + Tables + Triggers + Refill + FillOthers;
}
