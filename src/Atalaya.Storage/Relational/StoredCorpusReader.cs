using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Atalaya.Core.Contract;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>
/// The consolidated corpus as the corpus tables hold it, in the order a batch build gives: documents
/// by seq, entities, events and stories by the number of their id, claims by index, conflicts by
/// their first claim. Nothing is recomputed.
/// </summary>
internal static class StoredCorpusReader
{
    public static ContractCorpus Load(DbConnection connection, string path, bool includeText)
    {
        var corpus = new ContractCorpus();
        using (var command = connection.CreateCommand())
        {
            // The texts are the largest column: read only when asked for.
            command.CommandText = includeText
                ? $"SELECT {ConsolidatedDocuments.Columns}, d.text FROM corpus_document_links l JOIN documents d ON d.seq = l.seq ORDER BY l.seq"
                : $"SELECT {ConsolidatedDocuments.Columns} FROM corpus_document_links l JOIN documents d ON d.seq = l.seq ORDER BY l.seq";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var document = ConsolidatedDocuments.Read(reader, path);
                document.Text = includeText ? reader.GetString(6) : null;
                corpus.Documents.Add(document);
            }
        }

        corpus.Entities = Objects(connection, path, "SELECT json FROM corpus_entities ORDER BY seq", ContractJsonContext.Default.ContractEntity);
        corpus.Events = Objects(connection, path, "SELECT json FROM corpus_events ORDER BY seq", ContractJsonContext.Default.ContractEvent);
        corpus.Stories = Objects(connection, path, "SELECT json FROM corpus_stories ORDER BY seq", ContractJsonContext.Default.ContractStory);
        corpus.Claims = Objects(connection, path, "SELECT json FROM corpus_claims ORDER BY seq", ContractJsonContext.Default.ContractClaim);
        corpus.Conflicts = Objects(connection, path, "SELECT json FROM corpus_conflicts ORDER BY seq", ContractJsonContext.Default.ContractConflict);
        return corpus;
    }

    private static List<T> Objects<T>(DbConnection connection, string path, string sql, JsonTypeInfo<T> type)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var objects = new List<T>();
        while (reader.Read())
        {
            objects.Add(JsonSerializer.Deserialize(reader.GetString(0), type)
                ?? throw new StoreException($"{path}: a stored corpus row is not valid contract JSON"));
        }

        return objects;
    }
}
