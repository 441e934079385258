namespace Atalaya.Storage.Sqlite;

/// <summary>The tables. Analysis is kept as contract JSON next to the columns people filter on.</summary>
internal static class SqliteSchema
{
    public const int Version = 1;

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
        """;
}
