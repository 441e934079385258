using System.Globalization;
using System.Text;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Entities;

/// <summary>
/// One corpus entity per real-world entity: the same knowledge-base entity, the same geocoded place,
/// or else the same type and normalized name (a person named by one word alone is not joined across
/// documents). With a state store, entities of earlier runs are read by key as documents name them.
/// </summary>
internal sealed class CorpusEntities
{
    private readonly ICorpusStateStore? store;
    private readonly Dictionary<string, ContractEntity> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContractEntity> byId = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, ContractEntity> changed = [];
    private readonly PersonNameExtensions extensions;
    private readonly StorySurnames surnames;
    private readonly HashSet<string> joinedInDocument = new(StringComparer.Ordinal);
    private string? currentDocument;
    private int count;

    public CorpusEntities(ICorpusStateStore? store)
    {
        this.store = store;
        extensions = new PersonNameExtensions(store);
        surnames = new StorySurnames(store);
        count = (int)StateCodec.Counter(store, "entities");
    }

    /// <summary>The corpus entity of a document's entity, and whether it is new; its names become aliases.</summary>
    public (ContractEntity Entity, bool Created) Merge(ContractEntityMentions local, string documentId)
    {
        var name = TextFolding.Fold(local.Name);
        var key = local.KbId is { } kb ? "kb:" + kb
            : local.Geo?.Geonames is { } geonames ? "geo:" + geonames.ToString(CultureInfo.InvariantCulture)
            : IsLoneName(local, name) ? local.Type + ":" + name + "@" + documentId
            : local.Type + ":" + name;
        var entity = WithKey(key);
        var person = IsFullPersonName(local, name);
        Begin(documentId);
        // The document's own resolver kept its names apart: they stay apart here too ("X" and "X Junior").
        if (entity is null && person && Extension(name) is { } extended && !joinedInDocument.Contains(extended.Id))
        {
            entity = extended;
            byKey[key] = entity;
            store?.Write("entity.key", key, Encoding.UTF8.GetBytes(entity.Id));
        }

        var created = entity is null;
        if (entity is null)
        {
            entity = new ContractEntity
            {
                Id = $"E{++count}",
                Type = local.Type,
                Name = local.Name,
                Kb = local.Kb,
                KbId = local.KbId,
                Kind = local.Kind,
                Geo = local.Geo,
            };
            byKey[key] = entity;
            byId[entity.Id] = entity;
            store?.Write("entity.key", key, Encoding.UTF8.GetBytes(entity.Id));
            Changed(entity);
        }

        if (person)
        {
            extensions.Extended(name, entity.Id);
        }

        joinedInDocument.Add(entity.Id);
        AddAliases(entity, local);
        return (entity, created);
    }

    /// <summary>The corpus entities a document's names joined are remembered for that document only.</summary>
    private void Begin(string documentId)
    {
        if (documentId != currentDocument)
        {
            currentDocument = documentId;
            joinedInDocument.Clear();
        }
    }

    private void AddAliases(ContractEntity entity, ContractEntityMentions local)
    {
        foreach (var mention in local.Mentions.Select(m => m.Text).Append(local.Name))
        {
            if (mention != entity.Name && !entity.Aliases.Contains(mention, StringComparer.Ordinal))
            {
                entity.Aliases.Add(mention);
                Changed(entity);
            }
        }
    }

    /// <summary>
    /// A person named by one word alone that must wait for its document's story: the one person of
    /// the story with that surname, if any (<see cref="MergeLone"/>).
    /// </summary>
    public static bool WaitsForStory(ContractEntityMentions local)
        => local.KbId is null && local.Geo?.Geonames is null && IsLoneName(local, TextFolding.Fold(local.Name));

    /// <summary>A person named by one word: the one person of the document's story with that surname, else the document's own.</summary>
    public (ContractEntity Entity, bool Created) MergeLone(ContractEntityMentions local, string documentId, string? story)
    {
        Begin(documentId);
        if (story is not null && surnames.PersonOf(story, TextFolding.Fold(local.Name)) is { } id && !joinedInDocument.Contains(id))
        {
            var entity = WithId(id);
            joinedInDocument.Add(id);
            AddAliases(entity, local);
            return (entity, false);
        }

        return Merge(local, documentId);
    }

    /// <summary>Records the surnames of the people a document names in full, for the later documents of its story.</summary>
    public void AddToStory(string? story, IEnumerable<ContractEntityMentions> locals)
    {
        if (story is not null)
        {
            surnames.Add(story, locals);
        }
    }

    /// <summary>With a state store: writes the entities begun or changed since the last save and returns them, in order.</summary>
    public List<ContractEntity> Save()
    {
        var saved = changed.Values.ToList();
        changed.Clear();
        if (store is not null)
        {
            foreach (var entity in store.Keeps(StateKinds.Entity) ? saved : [])
            {
                store.Write(StateKinds.Entity, Number(entity.Id), JsonSerializer.SerializeToUtf8Bytes(entity, ContractJsonContext.Default.ContractEntity));
            }

            store.Write("count", "entities", StateCodec.Int(count));
        }

        return saved;
    }

    /// <summary>
    /// A person known by one word only ("Montalvo", "Lorena") is too common a name to be the same
    /// person in another document: without a knowledge-base link it stays the document's own.
    /// </summary>
    private static bool IsLoneName(ContractEntityMentions local, string folded)
        => local.Type == "PER" && !folded.Contains(' ', StringComparison.Ordinal);

    /// <summary>A person without a knowledge-base link named with enough words to be told from others by them.</summary>
    private static bool IsFullPersonName(ContractEntityMentions local, string folded)
        => local.Type == "PER" && local.KbId is null && PersonNameExtensions.WordCount(folded) >= PersonNameExtensions.MinShortWords;

    /// <summary>The entity of the one longer name this name begins, else of the shorter name this one extends by a word.</summary>
    private ContractEntity? Extension(string folded)
    {
        if (extensions.LongerOf(folded) is { } longer)
        {
            return WithId(longer);
        }

        return extensions.ShorterOf(folded) is { MayJoin: true } shorter ? WithKey("PER:" + shorter.Shorter) : null;
    }

    private void Changed(ContractEntity entity)
    {
        // Only a stored corpus writes changed rows; a batch has them all in the built corpus.
        if (store is not null)
        {
            changed[Number(entity.Id)] = entity;
        }
    }

    private static int Number(string entityId) => int.Parse(entityId.AsSpan(1), CultureInfo.InvariantCulture);

    private ContractEntity? WithKey(string key)
    {
        if (byKey.TryGetValue(key, out var entity))
        {
            return entity;
        }

        if (store?.Read("entity.key", key) is not { } stored)
        {
            return null;
        }

        entity = WithId(Encoding.UTF8.GetString(stored));
        byKey[key] = entity;
        return entity;
    }

    private ContractEntity WithId(string id)
    {
        if (!byId.TryGetValue(id, out var entity))
        {
            if (store is null)
            {
                throw new InvalidOperationException($"no corpus entity {id}");
            }

            var json = store.Read(StateKinds.Entity, Number(id)) ?? throw new InvalidOperationException($"consolidation state has no entity {id}");
            entity = JsonSerializer.Deserialize(json, ContractJsonContext.Default.ContractEntity)
                ?? throw new InvalidOperationException($"consolidation state holds an invalid entity {id}");
            byId[id] = entity;
        }

        return entity;
    }
}
