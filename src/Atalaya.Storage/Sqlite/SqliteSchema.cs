using Atalaya.Storage.Sqlite.Workbench;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// The tables (the workbench's: WorkbenchTables, WorkbenchFacets, WorkbenchNames, FullTextIndex), and
/// the migrations from older versions. Analysis is kept as contract JSON next to the columns people filter on.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// The one version of the whole schema: the store's tables and the workbench's (which a web server
    /// of version 3 and before added itself, with a version of its own in web_info).
    /// </summary>
    public const int Version = 8;

    /// <summary>
    /// Tables of version 2 that version 3 replaced (the consolidated documents' JSON, now their links
    /// over the analysis; the consolidation state, now in a smaller form). Their content is derived
    /// from the documents, which stay: the corpus is consolidated again on the first open.
    /// </summary>
    private static readonly string[] Replaced = ["corpus_document_json"];

    /// <summary>
    /// Secondary indexes of the corpus tables that consolidation itself never reads through (the
    /// workbench and the summary commands do). A consolidation from the first document drops them and
    /// creates them again at its end: one sort per index instead of an insert at a random place of
    /// each for every row. Creating the schema creates them, so a killed run gets them back on the
    /// next open. (corpus_documents_by_story stays: story rows are written from it.)
    /// </summary>
    public static readonly string[] BulkWriteIndexes =
    [
        "corpus_entities_by_name", "corpus_entity_documents_by_document", "corpus_events_by_date", "corpus_events_by_admin1",
        "corpus_events_by_type", "corpus_event_documents_by_document", "corpus_event_documents_by_language",
        "corpus_event_actors_by_entity", "corpus_stories_by_last_published", "corpus_claims_by_subject", "corpus_conflicts_by_subject",
    ];

    /// <summary>
    /// The steps from an older version, in order; a database of version N runs every step above N.
    /// (Versions 1 and 2 only lacked tables, which <see cref="Create"/> adds.) <c>Before</c> runs in the
    /// opening transaction, before the corpus is brought up to date; <c>After</c> once it is, and the
    /// version is raised only then, so a run killed in between does the step again.
    /// </summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(3, "the consolidated documents become links over their analysis; the corpus is consolidated again", DropReplacedTables, After: null),

        // The triggers of the old server's tables go first: the consolidation that follows must not feed
        // tables of another layout; they are all made again, and filled once, after it.
        new(4, "the workbench's tables, indexes, triggers and full-text and name indexes join the schema", WorkbenchTables.DropTriggers, c => WorkbenchTables.Ensure(c, rebuild: true)),

        // Self-contained: no other table refers to these, so the step may take another number.
        // Also in Create (IF NOT EXISTS), so a new database holds the tables whatever step is last.
        new(5, "live monitoring: sources followed, their items, alerts", (c, t) => SqliteDocumentStore.Execute(c, Sources.MonitoringSchema.Sqlite, t), After: null),

        // The table itself is in Create (IF NOT EXISTS), as every added table is: the step only records the version.
        new(6, "analysts' reviews of events (event_reviews)", Before: null, After: null),

        // The table is in Create (IF NOT EXISTS); a new database's alert_entries has the column already.
        new(7, "child sitemaps' validators for conditional GETs; claims of alert deliveries", AddDeliveryClaim, After: null),
        // As 6: the table is in Create; self-contained (nothing refers to it), so the step may take another number.
        new(8, "analysts' merges and splits of events and merges of entities (review_actions)", Before: null, After: null),
    ];

    /// <summary>
    /// Drops the derived tables version 3 replaced and forgets how far consolidation got, so that the
    /// corpus is consolidated again from the first document into the current tables.
    /// </summary>
    private static void DropReplacedTables(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var table in Replaced)
        {
            SqliteDocumentStore.Execute(connection, $"DROP TABLE IF EXISTS {table}", transaction);
        }

        SqliteDocumentStore.Execute(connection, "DELETE FROM corpus_progress", transaction);
    }

    /// <summary>Version 7: alert_entries of version 5 and 6 get the column that claims a webhook delivery.</summary>
    private static void AddDeliveryClaim(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var columns = connection.CreateCommand();
        columns.Transaction = transaction;
        columns.CommandText = "SELECT COUNT(*) FROM pragma_table_info('alert_entries') WHERE name = 'delivery_claimed'";
        if (Convert.ToInt64(columns.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            SqliteDocumentStore.Execute(connection, "ALTER TABLE alert_entries ADD COLUMN delivery_claimed TEXT", transaction);
        }
    }

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,
            documents_added INTEGER NOT NULL DEFAULT 0,
            documents_known INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS documents (
            seq INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            id TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            language TEXT NOT NULL,
            title TEXT,
            published TEXT,
            byline TEXT,
            text TEXT NOT NULL,
            analysis TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE INDEX IF NOT EXISTS documents_by_id ON documents(id);
        CREATE INDEX IF NOT EXISTS documents_by_language ON documents(language);
        CREATE INDEX IF NOT EXISTS documents_by_published ON documents(published);
        CREATE TABLE IF NOT EXISTS failed_sources (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );

        -- Added: analysis stages that threw on a stored document (skipped = 1: a stage that did not run
        -- because an earlier one failed). The document is stored with what the other stages found; its
        -- analysis JSON lists the same failures under "errors". Created on open, so a database of an
        -- earlier version gains the (empty) table without losing anything.
        CREATE TABLE IF NOT EXISTS failed_stages (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            content_hash TEXT NOT NULL,
            document_id TEXT NOT NULL,
            source TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            skipped INTEGER NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS failed_stages_by_stage ON failed_stages(stage);

        -- Added (version 5): analysts' reviews of events, one row per action (the audit trail). Keyed by a source
        -- span of the event (document id and evidence offsets), not its id, so that a review finds the same event
        -- when ingest or consolidation rebuilds it; never written by ingest, never dropped by a rebuild.
        CREATE TABLE IF NOT EXISTS event_reviews (
            id INTEGER PRIMARY KEY,
            event_key TEXT NOT NULL,
            event_id TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT,
            set_json TEXT NOT NULL,
            reviewer TEXT,
            key_name TEXT NOT NULL,
            at TEXT NOT NULL,
            before_status TEXT,
            before_note TEXT,
            before_set_json TEXT
        );
        CREATE INDEX IF NOT EXISTS event_reviews_by_key ON event_reviews(event_key, id);

        -- Added (version 7): analysts' merges and splits of events and merges of entities, one row per action (with
        -- event_reviews, the audit trail). An event is keyed by its source spans (a JSON array of "document#start-end"),
        -- an entity by its knowledge-base id or type and name, so a merge applies again when the corpus is rebuilt.
        -- reviews_before (the last event_reviews id when the action was filed) orders the two tables' actions as one trail.
        CREATE TABLE IF NOT EXISTS review_actions (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            kept_key TEXT NOT NULL,
            merged_key TEXT NOT NULL,
            kept_id TEXT NOT NULL,
            merged_id TEXT NOT NULL,
            undoes INTEGER,
            note TEXT,
            reviewer TEXT,
            key_name TEXT NOT NULL,
            at TEXT NOT NULL,
            reviews_before INTEGER NOT NULL
        );

        -- The consolidated corpus (duplicates, corpus entities, merged events, stories, claims,
        -- conflicts), kept up to date as documents are ingested. Each row keeps its contract JSON
        -- (CONTRACT.md shapes) next to the columns that the summary commands and the workbench
        -- filter, sort and join on. Ids (E1, V1, S1) are the ones a batch extract gives.
        CREATE TABLE IF NOT EXISTS corpus_documents (
            document_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE REFERENCES documents(seq),
            duplicate_of TEXT,
            story_id TEXT
        );
        CREATE INDEX IF NOT EXISTS corpus_documents_by_story ON corpus_documents(story_id);
        CREATE TABLE IF NOT EXISTS corpus_entities (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT,
            kb_id TEXT,
            admin1 TEXT,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS corpus_entities_by_name ON corpus_entities(name COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS corpus_entity_documents (
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, document_id)
        );
        CREATE INDEX IF NOT EXISTS corpus_entity_documents_by_document ON corpus_entity_documents(document_id);
        CREATE TABLE IF NOT EXISTS corpus_events (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            type TEXT NOT NULL,
            subtype TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            country TEXT,
            admin1 TEXT,
            place TEXT,
            lat REAL,
            lon REAL,
            fatalities INTEGER,
            story_id TEXT,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS corpus_events_by_date ON corpus_events(date);
        CREATE INDEX IF NOT EXISTS corpus_events_by_admin1 ON corpus_events(admin1, date);
        CREATE INDEX IF NOT EXISTS corpus_events_by_type ON corpus_events(type, date);
        CREATE INDEX IF NOT EXISTS corpus_events_by_story ON corpus_events(story_id);
        CREATE TABLE IF NOT EXISTS corpus_event_documents (
            event_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            language TEXT NOT NULL,
            PRIMARY KEY (event_id, document_id)
        );
        CREATE INDEX IF NOT EXISTS corpus_event_documents_by_document ON corpus_event_documents(document_id);
        CREATE INDEX IF NOT EXISTS corpus_event_documents_by_language ON corpus_event_documents(language, event_id);
        CREATE TABLE IF NOT EXISTS corpus_event_actors (
            event_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, entity_id, role)
        );
        CREATE INDEX IF NOT EXISTS corpus_event_actors_by_entity ON corpus_event_actors(entity_id, event_id);
        CREATE TABLE IF NOT EXISTS corpus_stories (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            title TEXT,
            first_published TEXT,
            last_published TEXT,
            languages TEXT NOT NULL,
            documents INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS corpus_stories_by_last_published ON corpus_stories(last_published);
        CREATE TABLE IF NOT EXISTS corpus_claims (
            seq INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            attribute TEXT NOT NULL,
            value REAL NOT NULL,
            document_id TEXT NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS corpus_claims_by_subject ON corpus_claims(subject, attribute);
        CREATE TABLE IF NOT EXISTS corpus_conflicts (
            seq INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            attribute TEXT NOT NULL,
            kind TEXT NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS corpus_conflicts_by_subject ON corpus_conflicts(subject);

        -- Added: what consolidation added to each stored document's analysis (documents.analysis):
        -- its original, its story, its corpus events and the corpus entity of each of its entities,
        -- in order (ids separated by spaces), keyed by documents.seq because two stored documents may
        -- carry the same id. The consolidated document is the analysis with these applied
        -- (ConsolidatedDocuments), so it is not stored twice.
        CREATE TABLE IF NOT EXISTS corpus_document_links (
            seq INTEGER PRIMARY KEY,
            duplicate_of TEXT,
            story_id TEXT,
            events TEXT NOT NULL,
            entities TEXT NOT NULL
        );

        -- Added: how far consolidation got (name 'consolidated_seq': the last documents.seq whose
        -- corpus rows are written). Documents after it are caught up on the next open or ingest.
        CREATE TABLE IF NOT EXISTS corpus_progress (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        );

        -- Added: what consolidation needs to take up where it stopped (copy signatures and LSH
        -- buckets, story profiles, feature ids and frequencies, events being merged, entity keys,
        -- claim groups), records and append-only lists encoded by the consolidation itself. What the
        -- corpus rows above hold (entities, events, stories, claims) is read from them, not kept twice.
        -- Records keyed by text (a rowid table: some values are large, which a WITHOUT ROWID tree
        -- handles badly):
        CREATE TABLE IF NOT EXISTS corpus_state (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            value BLOB NOT NULL,
            UNIQUE (kind, key)
        );
        -- Numbered records (copy entries, story profiles, feature frequencies, events): id is the
        -- kind's code times 2^40 plus the number, so records of one kind are written in order in one tree.
        CREATE TABLE IF NOT EXISTS corpus_state_numbered (
            id INTEGER PRIMARY KEY,
            value BLOB NOT NULL
        );
        -- Lists keyed by text (event blocks, claim groups), by position:
        CREATE TABLE IF NOT EXISTS corpus_state_lists (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            item INTEGER NOT NULL,
            PRIMARY KEY (kind, key, position)
        ) WITHOUT ROWID;
        -- Numbered lists whose items only grow (LSH bucket members, a feature's documents), by kind code:
        CREATE TABLE IF NOT EXISTS corpus_state_sets (
            kind INTEGER NOT NULL,
            key INTEGER NOT NULL,
            item INTEGER NOT NULL,
            PRIMARY KEY (kind, key, item)
        ) WITHOUT ROWID;
        """ + Sources.MonitoringSchema.Sqlite;
}
