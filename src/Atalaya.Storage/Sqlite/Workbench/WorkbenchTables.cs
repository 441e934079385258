using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// The workbench's own narrow copies of what it filters, groups and sorts on. corpus_events and
/// corpus_entities keep the contract JSON in every row, so scanning them for a count or a map reads
/// the whole corpus; these tables hold only the columns, with covering indexes, and triggers keep
/// them current whenever consolidation writes (by the server or the command line). They are part of
/// the store's schema (SqliteSchema's migrations); a table that is new, or out of step with its
/// source, is filled again when the store opens.
/// </summary>
internal static class WorkbenchTables
{
    private const string Create = """
        -- Indexes of earlier versions of the workbench, replaced by those below.
        DROP INDEX IF EXISTS web_corpus_events_by_story;
        DROP INDEX IF EXISTS web_corpus_events_by_fatalities;
        DROP INDEX IF EXISTS web_corpus_documents_by_duplicate;
        DROP INDEX IF EXISTS web_events_by_state_totals;
        DROP INDEX IF EXISTS web_events_by_date;
        DROP INDEX IF EXISTS web_events_by_admin1;
        DROP INDEX IF EXISTS web_events_by_type;
        DROP INDEX IF EXISTS web_events_by_fatalities;
        DROP INDEX IF EXISTS web_events_date;
        DROP INDEX IF EXISTS web_events_admin1;
        DROP INDEX IF EXISTS web_events_type;
        DROP INDEX IF EXISTS web_ev_admin1;
        DROP INDEX IF EXISTS web_ev_type;
        -- Triggers of the first version, which a server of that version may add again to a database of this one.
        DROP TRIGGER IF EXISTS web_events_after_insert;
        DROP TRIGGER IF EXISTS web_events_after_update;
        DROP TRIGGER IF EXISTS web_events_after_delete;

        CREATE TABLE IF NOT EXISTS web_events (
            id TEXT NOT NULL UNIQUE,
            date TEXT,
            week TEXT,
            type TEXT NOT NULL,
            admin1 TEXT,
            fatalities INTEGER,
            lat REAL,
            lon REAL,
            place TEXT,
            story_id TEXT
        );
        -- Covering indexes: each filter or sort, with the id the joins need and the figures the sums need.
        CREATE INDEX IF NOT EXISTS web_ev_date ON web_events(date, id, fatalities, week, type, admin1);
        CREATE INDEX IF NOT EXISTS web_ev2_admin1 ON web_events(admin1, date, id, fatalities, week, type, story_id);
        CREATE INDEX IF NOT EXISTS web_ev2_type ON web_events(type, date, id, fatalities, week, admin1, story_id);
        CREATE INDEX IF NOT EXISTS web_events_fatalities ON web_events(fatalities, id);
        CREATE INDEX IF NOT EXISTS web_events_by_week ON web_events(week, type);
        CREATE INDEX IF NOT EXISTS web_events_by_story ON web_events(story_id);
        -- The map: only events with coordinates, newest first, every column a point needs.
        CREATE INDEX IF NOT EXISTS web_events_points ON web_events(date, id, lat, lon, fatalities, type, place, admin1)
            WHERE lat IS NOT NULL AND lon IS NOT NULL;
        CREATE INDEX IF NOT EXISTS web_corpus_documents_seq ON corpus_documents(document_id, seq);
        -- With the id, so the entity list tests names per entity of a type without reading its JSON row.
        DROP INDEX IF EXISTS web_corpus_entities_type;
        CREATE INDEX IF NOT EXISTS web_corpus_entities_by_type ON corpus_entities(type, seq, id);
        -- The story list's filters and order, so counting and filtering stories never reads their JSON.
        CREATE INDEX IF NOT EXISTS web_corpus_stories_cover ON corpus_stories(last_published, first_published, languages, id);
        -- The document list's filter and order columns: counting and paging never read the documents'
        -- rows, which carry the text and the analysis.
        CREATE TABLE IF NOT EXISTS web_documents (
            seq INTEGER PRIMARY KEY,
            published TEXT,
            language TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS web_documents_by_published ON web_documents(published, seq);
        CREATE INDEX IF NOT EXISTS web_documents_by_language ON web_documents(language, published, seq);
        CREATE TRIGGER IF NOT EXISTS web_documents_added AFTER INSERT ON documents BEGIN
            INSERT OR REPLACE INTO web_documents(seq, published, language) VALUES (new.seq, new.published, new.language);
        END;
        CREATE TRIGGER IF NOT EXISTS web_documents_changed AFTER UPDATE OF seq, published, language ON documents BEGIN
            DELETE FROM web_documents WHERE seq = old.seq;
            INSERT OR REPLACE INTO web_documents(seq, published, language) VALUES (new.seq, new.published, new.language);
        END;
        CREATE TRIGGER IF NOT EXISTS web_documents_removed AFTER DELETE ON documents BEGIN
            DELETE FROM web_documents WHERE seq = old.seq;
        END;

        -- An event written again with the same state, type, week, fatalities and story (most rewrites:
        -- a new source, a new actor) only has its other columns updated, so the counts kept from
        -- web_events by triggers (WorkbenchFacets) are not taken out and put back for nothing.
        CREATE TRIGGER IF NOT EXISTS web_events_written AFTER INSERT ON corpus_events BEGIN
            DELETE FROM web_events WHERE id = new.id AND NOT (
                admin1 IS new.admin1 AND type = new.type AND fatalities IS new.fatalities AND story_id IS new.story_id
                AND week IS (CASE WHEN length(new.date) = 10 THEN date(new.date, '-6 days', 'weekday 1') END));
            UPDATE web_events SET date = new.date, lat = new.lat, lon = new.lon, place = new.place WHERE id = new.id;
            INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
                SELECT new.id, new.date, CASE WHEN length(new.date) = 10 THEN date(new.date, '-6 days', 'weekday 1') END,
                    new.type, new.admin1, new.fatalities, new.lat, new.lon, new.place, new.story_id
                WHERE NOT EXISTS (SELECT 1 FROM web_events WHERE id = new.id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_events_changed AFTER UPDATE ON corpus_events BEGIN
            DELETE FROM web_events WHERE id = old.id;
            INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
                VALUES (new.id, new.date, CASE WHEN length(new.date) = 10 THEN date(new.date, '-6 days', 'weekday 1') END,
                    new.type, new.admin1, new.fatalities, new.lat, new.lon, new.place, new.story_id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_events_removed AFTER DELETE ON corpus_events BEGIN
            DELETE FROM web_events WHERE id = old.id;
        END;
        """;

    private const string RefillEvents = """
        DELETE FROM web_events;
        INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
            SELECT id, date, CASE WHEN length(date) = 10 THEN date(date, '-6 days', 'weekday 1') END, type, admin1, fatalities, lat, lon, place, story_id
            FROM corpus_events ORDER BY seq;
        """;

    /// <summary>The triggers the scripts create (named web_...): fewer in a database means some are off (a full consolidation, a killed one).</summary>
    private static readonly int Triggers = CountTriggers(Create) + CountTriggers(WorkbenchFacets.Create) + WorkbenchNames.Triggers;

    /// <summary>
    /// Makes the workbench tables whole: creates what is missing, and fills again (without triggers,
    /// so the counts are made once from the whole table, not row by row) whatever is out of step with
    /// the corpus tables. <paramref name="rebuild"/>: drop and fill them all (an upgrade from a version
    /// whose web server made its own tables, of any version of its own).
    /// </summary>
    public static void Ensure(SqliteConnection connection, bool rebuild)
    {
        FullTextIndex.Ensure(connection);
        using var transaction = connection.BeginTransaction();
        rebuild |= Count(connection, transaction, "sqlite_master WHERE type = 'trigger' AND name LIKE 'web!_%' ESCAPE '!'") != Triggers;
        if (rebuild)
        {
            DropTriggers(connection, transaction);
            Execute(connection, transaction, """
                DROP TABLE IF EXISTS web_events; DROP TABLE IF EXISTS web_event_keys; DROP TABLE IF EXISTS web_event_cells;
                DROP TABLE IF EXISTS web_actor_counts; DROP TABLE IF EXISTS web_story_facets; DROP TABLE IF EXISTS web_document_facets;
                DROP TABLE IF EXISTS web_documents; DROP TABLE IF EXISTS web_info;
                """);
        }

        Execute(connection, transaction, Create);
        var refill = rebuild || Count(connection, transaction, "web_events") != Count(connection, transaction, "corpus_events");
        if (refill)
        {
            DropTriggers(connection, transaction);
            Execute(connection, transaction, RefillEvents);
            Execute(connection, transaction, Create);
            Execute(connection, transaction, WorkbenchFacets.Create);
            Execute(connection, transaction, WorkbenchFacets.Refill);
        }
        else
        {
            Execute(connection, transaction, WorkbenchFacets.Create);
        }

        if (Count(connection, transaction, "web_documents") != Count(connection, transaction, "documents"))
        {
            Execute(connection, transaction, "DELETE FROM web_documents; INSERT INTO web_documents(seq, published, language) SELECT seq, published, language FROM documents;");
        }

        WorkbenchNames.Ensure(connection, transaction, refill);
        WorkbenchNames.FoldPending(connection, transaction);
        var analyze = refill && Count(connection, transaction, "web_events") > 0;
        transaction.Commit();

        // Statistics of empty tables would only mislead the planner once they fill.
        if (analyze)
        {
            Execute(connection, null, "ANALYZE web_events; ANALYZE web_documents; ANALYZE web_names; ANALYZE web_event_keys; ANALYZE web_event_cells; ANALYZE web_actor_counts; ANALYZE web_story_facets; ANALYZE web_document_facets;");
        }
    }

    /// <summary>
    /// Takes the workbench's triggers off before a consolidation from the first document rewrites every
    /// corpus row: <see cref="Ensure"/> then fills the tables once from the result instead of counting
    /// row by row. Should the consolidation be killed, the next open finds the triggers missing and does the same.
    /// </summary>
    public static void Suspend(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        DropTriggers(connection, transaction);
        transaction.Commit();
    }

    private static int CountTriggers(string script)
        => script.Split("CREATE TRIGGER IF NOT EXISTS web_", StringSplitOptions.None).Length - 1;

    /// <summary>Every trigger of the workbench (named web_...; the full-text index's, documents_fts_..., are kept).</summary>
    public static void DropTriggers(SqliteConnection connection, SqliteTransaction transaction)
    {
        var names = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'web!_%' ESCAPE '!'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            Execute(connection, transaction, $"DROP TRIGGER IF EXISTS \"{name}\"");
        }
    }

    private static long Count(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
