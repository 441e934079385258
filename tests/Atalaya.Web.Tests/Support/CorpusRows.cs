using System.Text.Json;
using Atalaya.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Tests;

/// <summary>
/// A database with the store's schema whose corpus rows a test writes itself, as consolidation
/// does (INSERT OR REPLACE of a row, delete and insert of its links), with invented values: the
/// workbench's trigger-kept tables are checked against them without running the pipeline.
/// </summary>
public sealed class CorpusRows : IDisposable
{
    private readonly SqliteConnection connection;

    public CorpusRows(string path)
    {
        Path = path;
        using (SqliteDocumentStore.Open(path))
        {
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
    }

    public string Path { get; }

    public void Entity(string id, string type, string name, params string[] aliases)
        => Run(
            "INSERT OR REPLACE INTO corpus_entities(id, seq, type, name, json) VALUES ($id, $seq, $type, $name, $json)",
            ("$id", id),
            ("$seq", long.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)),
            ("$type", type),
            ("$name", name),
            ("$json", JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["type"] = type, ["name"] = name, ["aliases"] = aliases })));

    /// <summary>A stored document and its corpus row (consolidation writes documents before the events they report).</summary>
    public void Document(long seq, string id, string language, string published, string? story = null)
    {
        Run("INSERT OR IGNORE INTO runs(id, description, started, status) VALUES (1, 'test', '2026-01-01', 'done')");
        Run(
            """
            INSERT INTO documents(seq, content_hash, id, source, language, title, published, text, analysis, run_id)
            VALUES ($seq, $hash, $id, 'test', $language, $id, $published, 'text', '{}', 1)
            """,
            ("$seq", seq), ("$hash", "hash-" + id), ("$id", id), ("$language", language), ("$published", published));
        Run("INSERT INTO corpus_documents(document_id, seq, story_id) VALUES ($id, $seq, $story)", ("$id", id), ("$seq", seq), ("$story", story));
        // Marked consolidated, or the store would consolidate these rows itself when the server opens it.
        Run("INSERT OR REPLACE INTO corpus_progress(name, value) VALUES ('consolidated_seq', $seq)", ("$seq", seq));
    }

    /// <summary>An event as consolidation writes it: the row replaced, then its source links deleted and inserted again.</summary>
    public void Event(string id, string type, string? state, string? date, long? fatalities, string? story, params string[] documents)
    {
        Run(
            """
            INSERT OR REPLACE INTO corpus_events(id, seq, type, subtype, date, admin1, fatalities, story_id, json)
            VALUES ($id, $seq, $type, 'sub', $date, $state, $fatalities, $story, '{}')
            """,
            ("$id", id), ("$seq", long.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)), ("$type", type), ("$date", date),
            ("$state", state), ("$fatalities", fatalities), ("$story", story));
        Run("DELETE FROM corpus_event_documents WHERE event_id = $id", ("$id", id));
        foreach (var document in documents)
        {
            Run(
                """
                INSERT OR IGNORE INTO corpus_event_documents(event_id, document_id, language)
                VALUES ($event, $document, COALESCE((SELECT d.language FROM corpus_documents c JOIN documents d ON d.seq = c.seq WHERE c.document_id = $document), 'und'))
                """,
                ("$event", id),
                ("$document", document));
        }
    }

    /// <summary>An event's actors, as consolidation writes them after the event: all deleted, then each (entity, role) inserted.</summary>
    public void Actors(string eventId, params (string Entity, string Role)[] actors)
    {
        Run("DELETE FROM corpus_event_actors WHERE event_id = $id", ("$id", eventId));
        foreach (var (entity, role) in actors)
        {
            Run("INSERT OR IGNORE INTO corpus_event_actors(event_id, entity_id, role) VALUES ($event, $entity, $role)", ("$event", eventId), ("$entity", entity), ("$role", role));
        }
    }

    public void DeleteEntity(string id) => Run("DELETE FROM corpus_entities WHERE id = $id", ("$id", id));

    public int Run(string sql, params (string Name, object? Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Makes the file a database of schema version 3, as the store of that version left it before any
    /// server opened it: no workbench table, index, trigger or full-text index.
    /// </summary>
    public void AsVersion3()
    {
        foreach (var type in new[] { "trigger", "index", "table" })
        {
            foreach (var name in Strings($"SELECT name FROM sqlite_master WHERE type = '{type}' AND (name LIKE 'web!_%' ESCAPE '!' OR name = 'documents_fts') AND sql IS NOT NULL"))
            {
                Run($"DROP {type.ToUpperInvariant()} IF EXISTS \"{name}\"");
            }
        }

        Run("DROP TRIGGER IF EXISTS documents_fts_after_insert; DROP TRIGGER IF EXISTS documents_fts_after_delete; DROP TRIGGER IF EXISTS documents_fts_after_update");
        Run("UPDATE schema_info SET version = 3");
    }

    /// <summary>Opens the file as the workbench does (the store brings its schema up to date first).</summary>
    public void OpenAsWorkbench()
    {
        using (Atalaya.Storage.DocumentStores.OpenWorkbench(Path))
        {
        }
    }

    public List<string> Strings(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            values.Add(string.Join("|", row.Select(v => v is DBNull ? "null" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return values;
    }

    public void Dispose() => connection.Dispose();
}
