namespace Atalaya.Web.Tests;

/// <summary>
/// The workbench's trigger-kept tables (web_events, the per state/type/week cells, the story and
/// document facets) equal a recount from the corpus tables: when a server first opens a database
/// (backfill), and after every kind of write consolidation makes later (an event written again
/// with the same or other figures, new and removed sources, an event deleted, the corpus cleared).
/// </summary>
public sealed class WorkbenchTablesTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Counts_equal_a_recount_after_the_backfill_and_after_incremental_writes()
    {
        using var rows = new CorpusRows(folder.File("tables.db"));
        rows.AsVersion3();
        rows.Document(1, "D1", "es", "2026-01-05", "S1");
        rows.Document(2, "D2", "en", "2026-01-06", "S1");
        rows.Document(3, "D3", "es", "2026-02-10", "S2");
        rows.Document(4, "D4", "pt", "2026-02-11", "S2");
        rows.Event("V1", "Battles", "Estado Uno", "2026-01-05", 3, "S1", "D1", "D2");
        rows.Event("V2", "Battles", "Estado Dos", "2026-01-06", null, "S1", "D2");
        rows.Event("V3", "Riots", null, "2026-02", 1, "S2", "D3");
        rows.Actors("V1", ("E1", "actor1"), ("E2", "actor2"));
        rows.Actors("V2", ("E1", "actor1"));

        // Written by a store of version 3, before any server opened the file: filled when the store upgrades it.
        rows.OpenAsWorkbench();
        AssertRecounted(rows);

        rows.Event("V1", "Battles", "Estado Uno", "2026-01-07", 3, "S1", "D1", "D2", "D3");
        rows.Actors("V1", ("E1", "actor1"), ("E2", "actor2"), ("E2", "actor1"));
        AssertRecounted(rows);
        rows.Actors("V1", ("E2", "actor2"), ("E3", "actor1"));
        AssertRecounted(rows);
        rows.Event("V2", "Battles", "Estado Uno", "2026-01-20", 4, "S1", "D2");
        AssertRecounted(rows);
        rows.Event("V4", "Explosions", "Estado Dos", "2026-02-12", 0, "S2", "D4", "D3");
        rows.Actors("V4", ("E3", "actor1"), ("E1", "actor2"));
        AssertRecounted(rows);
        rows.Event("V4", "Explosions", null, null, null, null, "D4");
        AssertRecounted(rows);
        rows.Run("UPDATE documents SET published = '2026-02-15', language = 'fr' WHERE seq = 4");
        rows.Run("UPDATE corpus_events SET type = 'Riots', admin1 = 'Estado Tres' WHERE id = 'V1'");
        AssertRecounted(rows);
        rows.Run("DELETE FROM corpus_events WHERE id = 'V3'; DELETE FROM corpus_event_documents WHERE event_id = 'V3';");
        AssertRecounted(rows);
        Assert.NotEmpty(rows.Strings("SELECT * FROM corpus_event_documents"));
        Assert.NotEmpty(rows.Strings("SELECT * FROM web_document_facets"));

        rows.Document(5, "D5", "nl", "2026-03-01");
        rows.Run("DELETE FROM corpus_documents WHERE seq = 5; DELETE FROM documents WHERE seq = 5;");
        AssertRecounted(rows);

        // A consolidation from the first document clears the corpus tables in this order.
        rows.Run("DELETE FROM corpus_documents; DELETE FROM corpus_events; DELETE FROM corpus_event_documents; DELETE FROM corpus_event_actors;");
        AssertRecounted(rows);
        Assert.Empty(rows.Strings("""
            SELECT key FROM web_event_keys UNION ALL SELECT key FROM web_event_cells UNION ALL SELECT key FROM web_actor_counts
            UNION ALL SELECT key FROM web_story_facets UNION ALL SELECT key FROM web_document_facets
            """));
    }

    [Fact]
    public void A_database_of_the_first_version_gets_the_new_tables_when_the_server_opens_it()
    {
        using var rows = new CorpusRows(folder.File("first.db"));
        rows.Document(1, "D1", "es", "2026-01-05", "S1");
        rows.Event("V1", "Battles", "Estado Uno", "2026-01-05", 2, "S1", "D1");
        rows.AsVersion3();
        // The first version's copy of the events and its trigger (no cells, no facets, no version).
        rows.Run("""
            CREATE TABLE web_events (id TEXT NOT NULL UNIQUE, date TEXT, week TEXT, type TEXT NOT NULL, admin1 TEXT, fatalities INTEGER, lat REAL, lon REAL, place TEXT, story_id TEXT);
            INSERT INTO web_events(id, date, type, admin1, fatalities, story_id) SELECT id, date, type, admin1, fatalities, story_id FROM corpus_events;
            CREATE TRIGGER web_events_after_insert AFTER INSERT ON corpus_events BEGIN
                INSERT OR REPLACE INTO web_events(id, type) VALUES (new.id, new.type);
            END;
            """);
        rows.OpenAsWorkbench();
        AssertRecounted(rows);
        Assert.Empty(rows.Strings("SELECT name FROM sqlite_master WHERE name = 'web_events_after_insert'"));
        rows.Event("V2", "Riots", "Estado Dos", "2026-01-09", 1, "S1", "D1");
        AssertRecounted(rows);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private const string Week = "CASE WHEN length(e.date) = 10 THEN date(e.date, '-6 days', 'weekday 1') END";

    /// <summary>Each kept table against the same figures counted from the corpus tables now.</summary>
    private static void AssertRecounted(CorpusRows rows)
    {
        Assert.Equal(
            rows.Strings("SELECT seq, published, language FROM documents ORDER BY seq"),
            rows.Strings("SELECT seq, published, language FROM web_documents ORDER BY seq"));
        Assert.Equal(
            rows.Strings($"SELECT e.id, e.date, {Week}, e.type, e.admin1, e.fatalities, e.story_id FROM corpus_events e ORDER BY e.id"),
            rows.Strings("SELECT id, date, week, type, admin1, fatalities, story_id FROM web_events ORDER BY id"));
        const string StateType = """
            SELECT 't:' || e.type AS key, e.id FROM corpus_events e
            UNION SELECT 's:' || e.admin1, e.id FROM corpus_events e WHERE e.admin1 IS NOT NULL
            UNION SELECT 'st:' || e.admin1 || char(31) || e.type, e.id FROM corpus_events e WHERE e.admin1 IS NOT NULL
            """;
        const string Keys = $"""
            SELECT '' AS key, e.id FROM corpus_events e UNION {StateType}
            UNION SELECT 'a:' || a.entity_id, a.event_id FROM corpus_event_actors a JOIN corpus_events e ON e.id = a.event_id
            UNION SELECT 'l:' || d.language, d.event_id FROM corpus_event_documents d JOIN corpus_events e ON e.id = d.event_id
            """;
        Assert.Equal(rows.Strings($"SELECT key, id FROM ({Keys}) ORDER BY 1, 2"), rows.Strings("SELECT key, event_id FROM web_event_keys ORDER BY 1, 2"));
        Assert.Equal(
            rows.Strings($"""
                SELECT k.key, COALESCE(e.admin1, ''), e.type, COALESCE({Week}, ''), COUNT(*), COALESCE(SUM(e.fatalities), 0)
                FROM ({Keys}) k JOIN corpus_events e ON e.id = k.id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                """),
            rows.Strings("SELECT key, admin1, type, week, events, fatalities FROM web_event_cells ORDER BY 1, 2, 3, 4"));
        Assert.Equal(
            rows.Strings($"SELECT k.key, a.entity_id, COUNT(DISTINCT a.event_id) FROM ({Keys}) k JOIN corpus_event_actors a ON a.event_id = k.id GROUP BY 1, 2 ORDER BY 1, 2"),
            rows.Strings("SELECT key, entity_id, events FROM web_actor_counts ORDER BY 1, 2"));
        Assert.Equal(
            rows.Strings($"SELECT k.key, e.story_id, COUNT(*) FROM ({StateType}) k JOIN corpus_events e ON e.id = k.id WHERE e.story_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"),
            rows.Strings("SELECT key, story_id, n FROM web_story_facets ORDER BY 1, 2"));
        Assert.Equal(
            rows.Strings($"""
                SELECT k.key, cd.seq, COUNT(*) FROM ({Keys}) k JOIN corpus_event_documents ed ON ed.event_id = k.id
                JOIN corpus_documents cd ON cd.document_id = ed.document_id GROUP BY 1, 2 ORDER BY 1, 2
                """),
            rows.Strings("SELECT key, seq, n FROM web_document_facets ORDER BY 1, 2"));
    }
}
