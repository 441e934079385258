using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Atalaya.Core.Contract;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// The consolidated corpus as the corpus tables hold it, in the order a batch build gives: documents
/// by seq, entities, events and stories by the number of their id, claims by index, conflicts by
/// their first claim. Nothing is recomputed.
/// </summary>
internal static class StoredCorpusReader
{
    public static ContractCorpus Load(SqliteConnection connection, string path, bool includeText)
    {
        var corpus = new ContractCorpus();
        var documentSql = includeText
            ? "SELECT j.json, d.text FROM corpus_document_json j JOIN documents d ON d.seq = j.seq ORDER BY j.seq"
            : "SELECT json FROM corpus_document_json ORDER BY seq";
        foreach (var (document, text) in Rows(connection, path, documentSql, ContractJsonContext.Default.ContractDocument, includeText))
        {
            document.Text = text;
            corpus.Documents.Add(document);
        }

        corpus.Entities = Objects(connection, path, "SELECT json FROM corpus_entities ORDER BY seq", ContractJsonContext.Default.ContractEntity);
        corpus.Events = Objects(connection, path, "SELECT json FROM corpus_events ORDER BY seq", ContractJsonContext.Default.ContractEvent);
        corpus.Stories = Objects(connection, path, "SELECT json FROM corpus_stories ORDER BY seq", ContractJsonContext.Default.ContractStory);
        corpus.Claims = Objects(connection, path, "SELECT json FROM corpus_claims ORDER BY seq", ContractJsonContext.Default.ContractClaim);
        corpus.Conflicts = Objects(connection, path, "SELECT json FROM corpus_conflicts ORDER BY seq", ContractJsonContext.Default.ContractConflict);
        return corpus;
    }

    private static List<T> Objects<T>(SqliteConnection connection, string path, string sql, JsonTypeInfo<T> type)
        => [.. Rows(connection, path, sql, type, withText: false).Select(r => r.Value)];

    private static IEnumerable<(T Value, string? Text)> Rows<T>(SqliteConnection connection, string path, string sql, JsonTypeInfo<T> type, bool withText)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var value = JsonSerializer.Deserialize(reader.GetString(0), type)
                ?? throw new StoreException($"{path}: a stored corpus row is not valid contract JSON");
            yield return (value, withText ? reader.GetString(1) : null);
        }
    }
}
