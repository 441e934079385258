using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Data;

/// <summary>Indexes for the workbench's own sorts and joins, added idempotently next to the store's.</summary>
internal static class WorkbenchIndexes
{
    private const string Create = """
        CREATE INDEX IF NOT EXISTS web_corpus_events_by_story ON corpus_events(story_id);
        CREATE INDEX IF NOT EXISTS web_corpus_events_by_fatalities ON corpus_events(fatalities);
        CREATE INDEX IF NOT EXISTS web_corpus_documents_by_duplicate ON corpus_documents(duplicate_of);
        """;

    public static void Ensure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Create;
        command.ExecuteNonQuery();
    }
}
