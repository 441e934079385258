using System.Text.Json;
using Atalaya.Core.Contract;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>
/// A stored document as consolidation made it (corpus entity ids, story, events, duplicate_of; text
/// left out): its stored analysis with its corpus_document_links applied.
/// </summary>
public static class ConsolidatedDocuments
{
    /// <summary>The columns <see cref="Read"/> expects first, from documents d LEFT JOIN corpus_document_links l.</summary>
    internal const string Columns = "d.analysis, l.seq, l.duplicate_of, l.story_id, l.events, l.entities";

    /// <summary>
    /// The contract JSON of the stored document <paramref name="seq"/> as consolidation made it, or its
    /// analysis alone when it is not consolidated yet; null when no document has that seq.
    /// </summary>
    public static string? Json(DbConnection connection, long seq)
    {
        using var command = Commands.Create(connection, $"SELECT {Columns} FROM documents d LEFT JOIN corpus_document_links l ON l.seq = d.seq WHERE d.seq = @seq");
        Commands.Add(command, "@seq", seq);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        if (reader.IsDBNull(1))
        {
            return reader.GetString(0);
        }

        return JsonSerializer.Serialize(Read(reader, connection.DataSource), ContractJsonContext.Default.ContractDocument);
    }

    /// <summary>The consolidated document of a row whose first columns are <see cref="Columns"/> (links present).</summary>
    internal static ContractDocument Read(DbDataReader reader, string path)
    {
        var analysis = JsonSerializer.Deserialize(reader.GetString(0), ContractJsonContext.Default.ContractDocument)
            ?? throw new StoreException($"{path}: a stored document is not valid contract JSON");
        var links = new DocumentLinks(
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5));
        return links.ApplyTo(analysis);
    }
}
