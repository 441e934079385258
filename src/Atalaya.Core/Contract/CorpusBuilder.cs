using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Corpus.Claims;
using Atalaya.Core.Corpus.Duplicates;
using Atalaya.Core.Corpus.Events;
using Atalaya.Core.Corpus.State;
using Atalaya.Core.Corpus.Stories;
using Atalaya.Core.Pipeline;

namespace Atalaya.Core.Contract;

/// <summary>
/// Collects analyzed documents into one contract corpus in input order, each decision about document
/// n depending on documents 1..n only (so that adding documents later gives what a batch would):
/// copies and near copies point at the earliest document of their text through duplicate_of
/// (<see cref="NearDuplicateFinder"/>). Entities of all documents become one corpus entity per
/// real-world entity: the same knowledge-base entity, the same geocoded place, or else the same type
/// and normalized name (a person named by one word alone is not joined across documents). Every
/// document joins a story across languages (<see cref="StoryClusterer"/>), and reports of one
/// incident in several documents become one corpus event with all their sources (<see cref="EventMerger"/>).
/// </summary>
/// <remarks>
/// Given an <see cref="ICorpusStateStore"/>, the builder continues the corpus whose state the store
/// holds, reading only what the new documents touch, and <see cref="Save"/> writes the new state and
/// returns what changed (the rows to write). What it decides is what one batch over all documents
/// decides, because every decision already depended on earlier documents only.
/// </remarks>
public sealed class CorpusBuilder
{
    private readonly ICorpusStateStore? store;
    private readonly NearDuplicateFinder duplicates;
    private readonly StoryClusterer stories;
    private readonly EventMerger events;
    private readonly Dictionary<string, ContractEntity> entitiesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContractEntity> entitiesById = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, ContractEntity> changedEntities = [];
    private readonly Dictionary<string, List<int>> claimGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ContractClaim> claimsByIndex = [];
    private readonly List<string> changedClaimGroups = [];
    private readonly ContractCorpus corpus = new();
    private readonly bool includeText;
    private int entityCount;
    private int claimBase;
    private int claimsSaved;
    private int savedDocuments;

    public CorpusBuilder(bool includeText = true, ICorpusStateStore? store = null)
    {
        this.includeText = includeText;
        this.store = store;
        duplicates = new NearDuplicateFinder(store);
        stories = new StoryClusterer(store);
        events = new EventMerger(store);
        entityCount = (int)StateCodec.Counter(store, "entities");
        claimBase = (int)StateCodec.Counter(store, "claims");
    }

    public int Count => corpus.Documents.Count;

    public ContractDocument Add(AnalysisResult result)
    {
        // The text is read for near copies and numbers, then dropped when not wanted.
        var document = ContractMapper.ToContract(result, includeText: true);
        Add(document);
        return document;
    }

    public void Add(ContractDocument document)
    {
        document.DuplicateOf = duplicates.Add(document);

        var corpusIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var local in document.Entities)
        {
            var corpusId = Merge(local, document.Id).Id;
            corpusIds[local.Entity] = corpusId;
            local.Entity = corpusId;
        }

        document.Story = stories.Add(document);
        document.Events = [];
        foreach (var reported in document.DocumentEvents)
        {
            var promoted = Promote(reported, corpusIds);
            var merged = events.Add(promoted, document.Id, document.Story);
            if (ReferenceEquals(merged, promoted))
            {
                corpus.Events.Add(promoted);
            }

            if (!document.Events.Contains(merged.Id, StringComparer.Ordinal))
            {
                document.Events.Add(merged.Id);
            }
        }

        if (!includeText)
        {
            document.Text = null;
        }

        var claimed = corpus.Claims.Count;
        ContractClaims.Promote(corpus, document, corpusIds);
        for (var i = claimed; i < corpus.Claims.Count; i++)
        {
            var claim = corpus.Claims[i];
            var key = claim.Subject + "\u0001" + claim.Attribute;
            ClaimGroup(key).Add(claimBase + i);
            claimsByIndex[claimBase + i] = claim;
            changedClaimGroups.Add(key);
        }

        corpus.Documents.Add(document);
    }

    private ContractEntity Merge(ContractEntityMentions local, string documentId)
    {
        var name = Internal.TextFolding.Fold(local.Name);
        var key = local.KbId is { } kb ? "kb:" + kb
            : local.Geo?.Geonames is { } geonames ? "geo:" + geonames.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : IsLoneName(local, name) ? local.Type + ":" + name + "@" + documentId
            : local.Type + ":" + name;
        var entity = EntityWithKey(key);
        if (entity is null)
        {
            entity = new ContractEntity
            {
                Id = $"E{++entityCount}",
                Type = local.Type,
                Name = local.Name,
                Kb = local.Kb,
                KbId = local.KbId,
                Kind = local.Kind,
                Geo = local.Geo,
            };
            entitiesByKey[key] = entity;
            entitiesById[entity.Id] = entity;
            store?.Write("entity.key", key, System.Text.Encoding.UTF8.GetBytes(entity.Id));
            corpus.Entities.Add(entity);
            changedEntities[Number(entity.Id)] = entity;
        }

        foreach (var mention in local.Mentions.Select(m => m.Text).Append(local.Name))
        {
            if (mention != entity.Name && !entity.Aliases.Contains(mention, StringComparer.Ordinal))
            {
                entity.Aliases.Add(mention);
                changedEntities[Number(entity.Id)] = entity;
            }
        }

        return entity;
    }

    private ContractEntity? EntityWithKey(string key)
    {
        if (entitiesByKey.TryGetValue(key, out var entity))
        {
            return entity;
        }

        if (store?.Read("entity.key", key) is not { } stored)
        {
            return null;
        }

        var id = System.Text.Encoding.UTF8.GetString(stored);
        if (!entitiesById.TryGetValue(id, out entity))
        {
            var json = store.Read("entity", id) ?? throw new InvalidOperationException($"consolidation state has no entity {id}");
            entity = JsonSerializer.Deserialize(json, ContractJsonContext.Default.ContractEntity)
                ?? throw new InvalidOperationException($"consolidation state holds an invalid entity {id}");
            entitiesById[id] = entity;
        }

        entitiesByKey[key] = entity;
        return entity;
    }

    /// <summary>Indexes (in the corpus claims) of the claims about one subject and attribute, in order.</summary>
    private List<int> ClaimGroup(string key)
    {
        if (!claimGroups.TryGetValue(key, out var members))
        {
            members = store is null ? [] : [.. store.Tail("claim.group", key, int.MaxValue).Select(i => (int)i)];
            claimGroups[key] = members;
        }

        return members;
    }

    private ContractClaim ClaimAt(int index)
    {
        if (!claimsByIndex.TryGetValue(index, out var claim))
        {
            var json = store?.Read("claim", index.ToString(CultureInfo.InvariantCulture)) ?? throw new InvalidOperationException($"consolidation state has no claim {index}");
            claimsByIndex[index] = claim = JsonSerializer.Deserialize(json, ContractJsonContext.Default.ContractClaim)
                ?? throw new InvalidOperationException($"consolidation state holds an invalid claim {index}");
        }

        return claim;
    }

    private static int Number(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

    /// <summary>
    /// A document's own event as a corpus event (its id given once it proves new): actors as corpus
    /// entity ids. The document keeps its own copy, so that what is stored stays the document's alone.
    /// </summary>
    private static ContractEvent Promote(ContractEvent reported, Dictionary<string, string> corpusIds) => new()
    {
        Type = reported.Type,
        Subtype = reported.Subtype,
        Date = reported.Date,
        DatePrecision = reported.DatePrecision,
        Location = reported.Location,
        Actors = [.. reported.Actors.Select(a => new ContractActor { Entity = a.Entity is null ? null : corpusIds.GetValueOrDefault(a.Entity), Role = a.Role, Category = a.Category })],
        Fatalities = reported.Fatalities,
        Injured = reported.Injured,
        Arrested = reported.Arrested,
        Kidnapped = reported.Kidnapped,
        Tactics = [.. reported.Tactics],
        Sources = [.. reported.Sources],
    };

    /// <summary>
    /// A person known by one word only ("Montalvo", "Lorena") is too common a name to be the same
    /// person in another document: without a knowledge-base link it stays the document's own.
    /// </summary>
    private static bool IsLoneName(ContractEntityMentions local, string folded)
        => local.Type == "PER" && !folded.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// The corpus of the documents added (with a state store: of this builder's documents only, and
    /// the entities, events and stories they began; <see cref="Save"/> gives what changed instead).
    /// </summary>
    public ContractCorpus Build()
    {
        corpus.Stories = [.. stories.Stories];
        corpus.Conflicts = ClaimConflicts.Find(corpus.Claims);
        return corpus;
    }

    /// <summary>
    /// Writes the state the next documents need to the store and returns what changed since the last
    /// save: the documents added, the entities, events and stories begun or changed, the new claims and
    /// the conflicts of every subject and attribute that got a claim.
    /// </summary>
    public CorpusChanges Save()
    {
        var documents = corpus.Documents.Skip(savedDocuments).ToList();
        savedDocuments = corpus.Documents.Count;
        var claims = new List<(int Index, ContractClaim Claim)>();
        for (var i = claimsSaved; i < corpus.Claims.Count; i++)
        {
            claims.Add((claimBase + i, corpus.Claims[i]));
            store?.Write("claim", (claimBase + i).ToString(CultureInfo.InvariantCulture), JsonSerializer.SerializeToUtf8Bytes(corpus.Claims[i], ContractJsonContext.Default.ContractClaim));
        }

        claimsSaved = corpus.Claims.Count;
        var conflicts = new List<(int FirstClaim, ContractConflict? Conflict)>();
        foreach (var key in changedClaimGroups.Distinct(StringComparer.Ordinal))
        {
            var members = ClaimGroup(key);
            var found = ClaimConflicts.Find([.. members.Select(ClaimAt)]);

            // Claims are numbered within the group here; the corpus numbers them among all claims.
            var conflict = found.Count == 0 ? null : found[0];
            if (conflict is not null)
            {
                conflict.Claims = [.. conflict.Claims.Select(i => members[i])];
            }

            conflicts.Add((members[0], conflict));
        }

        foreach (var (index, _) in claims)
        {
            var claim = claimsByIndex[index];
            store?.Append("claim.group", claim.Subject + "\u0001" + claim.Attribute, index);
        }

        changedClaimGroups.Clear();
        conflicts.Sort((a, b) => a.FirstClaim.CompareTo(b.FirstClaim));

        var entities = changedEntities.Values.ToList();
        changedEntities.Clear();
        if (store is not null)
        {
            foreach (var entity in entities)
            {
                store.Write("entity", entity.Id, JsonSerializer.SerializeToUtf8Bytes(entity, ContractJsonContext.Default.ContractEntity));
            }

            store.Write("count", "entities", StateCodec.Int(entityCount));
            store.Write("count", "claims", StateCodec.Int(claimBase + corpus.Claims.Count));
        }

        var changedEvents = events.Changed.ToList();
        var changedStories = stories.Changed.ToList();
        duplicates.Save();
        stories.Save();
        events.Save();
        return new CorpusChanges(documents, entities, changedEvents, changedStories, claims, conflicts);
    }
}
