using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Data;

/// <summary>
/// The workbench's own narrow copies of what it filters, groups and sorts on. corpus_events and
/// corpus_entities keep the contract JSON in every row, so scanning them for a count or a map reads
/// the whole corpus; these tables hold only the columns, with covering indexes, and triggers keep
/// them current whenever consolidation writes (by this server or the command line). A table that
/// is new, or out of step with its source, is filled again when the server starts.
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
        CREATE INDEX IF NOT EXISTS web_corpus_entities_type ON corpus_entities(type, seq);
        -- The story list's filters and order, so counting and filtering stories never reads their JSON.
        CREATE INDEX IF NOT EXISTS web_corpus_stories_cover ON corpus_stories(last_published, first_published, languages, id);
        CREATE TRIGGER IF NOT EXISTS web_events_after_insert AFTER INSERT ON corpus_events BEGIN
            INSERT OR REPLACE INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
            VALUES (new.id, new.date, CASE WHEN length(new.date) = 10 THEN date(new.date, '-6 days', 'weekday 1') END,
                    new.type, new.admin1, new.fatalities, new.lat, new.lon, new.place, new.story_id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_events_after_update AFTER UPDATE ON corpus_events BEGIN
            DELETE FROM web_events WHERE id = old.id;
            INSERT OR REPLACE INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
            VALUES (new.id, new.date, CASE WHEN length(new.date) = 10 THEN date(new.date, '-6 days', 'weekday 1') END,
                    new.type, new.admin1, new.fatalities, new.lat, new.lon, new.place, new.story_id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_events_after_delete AFTER DELETE ON corpus_events BEGIN
            DELETE FROM web_events WHERE id = old.id;
        END;

        """;

    private const string RefillEvents = """
        DELETE FROM web_events;
        INSERT INTO web_events(id, date, week, type, admin1, fatalities, lat, lon, place, story_id)
            SELECT id, date, CASE WHEN length(date) = 10 THEN date(date, '-6 days', 'weekday 1') END, type, admin1, fatalities, lat, lon, place, story_id
            FROM corpus_events ORDER BY seq;
        """;

    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, Create);
        if (Count(connection, transaction, "web_events") != Count(connection, transaction, "corpus_events"))
        {
            Execute(connection, transaction, RefillEvents);
        }

        WorkbenchNames.Ensure(connection, transaction);
        WorkbenchNames.FoldPending(connection, transaction);
        transaction.Commit();
        Execute(connection, null, "ANALYZE web_events; ANALYZE web_names;");
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
