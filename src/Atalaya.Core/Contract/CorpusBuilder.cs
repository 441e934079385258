using Atalaya.Core.Pipeline;

namespace Atalaya.Core.Contract;

/// <summary>
/// Collects analyzed documents into one contract corpus in input order. Exact copies (same
/// content hash) point at the first document with that content through duplicate_of. Entities
/// of all documents become one corpus entity per real-world entity: the same knowledge-base
/// entity, the same geocoded place, or else the same type and normalized name (a person named by
/// one word alone is not joined across documents).
/// </summary>
public sealed class CorpusBuilder
{
    private readonly Dictionary<string, string> firstByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContractEntity> entitiesByKey = new(StringComparer.Ordinal);
    private readonly ContractCorpus corpus = new();
    private readonly bool includeText;

    public CorpusBuilder(bool includeText = true) => this.includeText = includeText;

    public int Count => corpus.Documents.Count;

    public ContractDocument Add(AnalysisResult result)
    {
        var document = ContractMapper.ToContract(result, includeText);
        Add(document);
        return document;
    }

    public void Add(ContractDocument document)
    {
        if (!firstByHash.TryAdd(document.ContentHash, document.Id))
        {
            document.DuplicateOf = firstByHash[document.ContentHash];
        }

        var corpusIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var local in document.Entities)
        {
            var corpusId = Merge(local, document.Id).Id;
            corpusIds[local.Entity] = corpusId;
            local.Entity = corpusId;
        }

        document.Events = [];
        foreach (var reported in document.DocumentEvents)
        {
            var promoted = Promote(reported, corpusIds);
            corpus.Events.Add(promoted);
            document.Events.Add(promoted.Id);
        }

        ContractClaims.Promote(corpus, document, corpusIds);
        corpus.Documents.Add(document);
    }

    private ContractEntity Merge(ContractEntityMentions local, string documentId)
    {
        var name = Internal.TextFolding.Fold(local.Name);
        var key = local.KbId is { } kb ? "kb:" + kb
            : local.Geo?.Geonames is { } geonames ? "geo:" + geonames.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : IsLoneName(local, name) ? local.Type + ":" + name + "@" + documentId
            : local.Type + ":" + name;
        if (!entitiesByKey.TryGetValue(key, out var entity))
        {
            entity = new ContractEntity
            {
                Id = $"E{entitiesByKey.Count + 1}",
                Type = local.Type,
                Name = local.Name,
                Kb = local.Kb,
                KbId = local.KbId,
                Kind = local.Kind,
                Geo = local.Geo,
            };
            entitiesByKey[key] = entity;
            corpus.Entities.Add(entity);
        }

        foreach (var mention in local.Mentions.Select(m => m.Text).Append(local.Name))
        {
            if (mention != entity.Name && !entity.Aliases.Contains(mention, StringComparer.Ordinal))
            {
                entity.Aliases.Add(mention);
            }
        }

        return entity;
    }

    /// <summary>
    /// A document's own event as a corpus event: a corpus id, actors as corpus entity ids. The
    /// document keeps its own copy, so that what is stored stays the document's alone.
    /// </summary>
    private ContractEvent Promote(ContractEvent reported, Dictionary<string, string> corpusIds) => new()
    {
        Id = $"V{corpus.Events.Count + 1}",
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

    public ContractCorpus Build()
    {
        corpus.Conflicts = Atalaya.Core.Corpus.Claims.ClaimConflicts.Find(corpus.Claims);
        return corpus;
    }
}
