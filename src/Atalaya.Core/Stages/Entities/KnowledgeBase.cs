using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Entities;

/// <summary>One entity of the domain knowledge base (data/kb/*.tsv): public facts only.</summary>
public sealed record KbEntity(string Id, string Type, string Kind, string? Qid, string Name, IReadOnlyList<string> Aliases, string? MemberOf);

/// <summary>
/// The knowledge base: organizations, people, forces and media of the domain with their names in
/// many languages. Rows: id, type, kind, qid, name, aliases ("|"-separated, optionally "xx:"-prefixed
/// with the language that writes them so), member_of, note.
/// </summary>
public sealed class KnowledgeBase
{
    public static readonly KnowledgeBase Empty = new([]);

    private readonly Dictionary<string, KbEntity> byId;

    public KnowledgeBase(IReadOnlyList<KbEntity> entities)
    {
        Entities = entities;
        byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<KbEntity> Entities { get; }

    public KbEntity? Get(string id) => byId.GetValueOrDefault(id);

    public static KnowledgeBase Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Empty;
        }

        var entities = new List<KbEntity>();
        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            foreach (var row in TsvFile.Rows(file))
            {
                var name = TsvFile.Field(row, 4);
                if (name.Length == 0)
                {
                    throw new InvalidDataException($"{file}: entity '{row[0]}' has no name");
                }

                var aliases = TsvFile.Field(row, 5)
                    .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(StripLanguage)
                    .Where(alias => alias.Length > 0)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                entities.Add(new KbEntity(
                    row[0],
                    TsvFile.Field(row, 1, "ORG"),
                    TsvFile.Field(row, 2, "other"),
                    NullIfEmpty(TsvFile.Field(row, 3)),
                    name,
                    aliases,
                    NullIfEmpty(TsvFile.Field(row, 6))));
            }
        }

        return new KnowledgeBase(entities);
    }

    /// <summary>"nl:Jaliscokartel" → "Jaliscokartel"; a colon elsewhere is part of the name.</summary>
    private static string StripLanguage(string alias)
        => alias.Length > 3 && alias[2] == ':' && char.IsAsciiLetterLower(alias[0]) && char.IsAsciiLetterLower(alias[1]) ? alias[3..].Trim() : alias;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
