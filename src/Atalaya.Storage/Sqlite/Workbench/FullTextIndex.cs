using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// FTS5 over document titles and texts, an external-content table over 'documents' so the text is
/// stored once. Triggers keep it current for every later ingest (by the command line too); a new
/// index on an existing database is filled once with 'rebuild'.
/// </summary>
internal static class FullTextIndex
{
    public const string Table = "documents_fts";

    private const string Create = """
        CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
            title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER IF NOT EXISTS documents_fts_after_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS documents_fts_after_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS documents_fts_after_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        """;

    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents_fts'";
        var isNew = Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
        using var create = connection.CreateCommand();
        create.Transaction = transaction;
        create.CommandText = Create;
        create.ExecuteNonQuery();
        if (isNew)
        {
            using var rebuild = connection.CreateCommand();
            rebuild.Transaction = transaction;
            rebuild.CommandText = "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')";
            rebuild.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
