namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The workbench's tables on PostgreSQL: the same web_* tables, keys and counts as SQLite's
/// (Sqlite/Workbench), kept by triggers in the transaction of each corpus write, so a reader never
/// sees counts out of step with the corpus (<see cref="PostgresWorkbenchTriggers"/>). Full-text
/// search is a tsvector of the documents (accents folded by the unaccent dictionary), the name search a trigram index (pg_trgm) over names folded
/// by the program (<see cref="Atalaya.Storage.Workbench.NameFolding"/>, which SQL cannot repeat).
/// </summary>
internal static class PostgresWorkbenchSchema
{
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

    private const string FillOthers = """
        INSERT INTO web_documents(seq, published, language) SELECT seq, published, language FROM documents;
        INSERT INTO web_names(entity_id, name) SELECT e.id, n.name FROM corpus_entities e, web_entity_names(e.name, e.json) n;
        """;

    /// <summary>The migration that adds the workbench to a database (filled from any corpus it holds already).</summary>
    public static string Migration => CodePointCollation + Tables + PostgresWorkbenchTriggers.Create + PostgresWorkbenchRefill.Sql + FillOthers;
}
