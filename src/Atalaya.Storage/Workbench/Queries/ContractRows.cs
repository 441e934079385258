using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Reads the contract JSON kept next to the columns, and the entity names a list of events needs.</summary>
internal static class ContractRows
{
    public static T Parse<T>(string json, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(json, type)
        ?? throw new InvalidDataException($"stored {typeof(T).Name} JSON is null");

    public static ContractEvent Event(DbDataReader reader, int ordinal) => Parse(reader.GetString(ordinal), ContractJsonContext.Default.ContractEvent);

    /// <summary>Name, type and kind of every entity acting in the events (unnamed groups have no id).</summary>
    public static Dictionary<string, EntityName> EntityNames(WorkbenchDb db, IEnumerable<ContractEvent> events)
        => EntityNames(db, events.SelectMany(e => e.Actors).Select(a => a.Entity).OfType<string>());

    /// <summary>Name, type and kind of the entities of the ids that exist.</summary>
    public static Dictionary<string, EntityName> EntityNames(WorkbenchDb db, IEnumerable<string> entityIds)
    {
        var ids = entityIds.ToList();
        var names = new Dictionary<string, EntityName>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return names;
        }

        var found = Sql.Rows(
            db,
            $"SELECT id, name, type, kind FROM corpus_entities WHERE id IN ({db.Dialect.ValuesOf("@ids")})",
            r => (r.GetString(0), new EntityName(r.GetString(1), r.GetString(2), r.Text(3))),
            values: ("@ids", Sql.JsonArray(ids))).ToDictionary(StringComparer.Ordinal);

        // In the order the ids were given (the engine returns its rows in an order of its own): the JSON is the same on every engine.
        foreach (var id in ids)
        {
            if (found.TryGetValue(id, out var name))
            {
                names.TryAdd(id, name);
            }
        }

        return names;
    }

    /// <summary>The source documents (full text) of the given corpus document ids, in the given order.</summary>
    public static List<SourceText> Documents(WorkbenchDb db, string condition, params (string Name, object? Value)[] values)
        => Sql.Rows(
            db,
            $"""
            SELECT cd.document_id, d.title, d.language, d.published, d.url, d.source, cd.duplicate_of, d.text
            FROM corpus_documents cd JOIN documents d ON d.seq = cd.seq
            WHERE {condition}
            ORDER BY d.published NULLS FIRST, d.seq
            """,
            r => new SourceText(r.GetString(0), r.Text(1), r.GetString(2), r.Text(3), r.Text(4), r.GetString(5), r.Text(6), r.GetString(7)),
            values: values);
}
