using Atalaya.Core.Corpus.Duplicates;
using Atalaya.Core.Corpus.Events;
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
public sealed class CorpusBuilder
{
    private readonly NearDuplicateFinder duplicates = new();
    private readonly StoryClusterer stories = new();
    private readonly EventMerger events = new();
    private readonly Dictionary<string, ContractEntity> entitiesByKey = new(StringComparer.Ordinal);
    private readonly ContractCorpus corpus = new();
    private readonly bool includeText;

    public CorpusBuilder(bool includeText = true) => this.includeText = includeText;

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
                promoted.Id = $"V{corpus.Events.Count + 1}";
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

    public ContractCorpus Build()
    {
        corpus.Stories = [.. stories.Stories];
        corpus.Conflicts = Atalaya.Core.Corpus.Claims.ClaimConflicts.Find(corpus.Claims);
        return corpus;
    }
}
