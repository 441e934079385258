using Atalaya.Core.Corpus.Claims;
using Atalaya.Core.Corpus.Duplicates;
using Atalaya.Core.Corpus.Entities;
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
    private readonly NearDuplicateFinder duplicates;
    private readonly CorpusEntities entities;
    private readonly StoryClusterer stories;
    private readonly EventMerger events;
    private readonly ClaimGroups? claimGroups;
    private readonly ContractCorpus corpus = new();
    private readonly bool includeText;
    private int count;

    public CorpusBuilder(bool includeText = true, ICorpusStateStore? store = null)
    {
        this.includeText = includeText;
        duplicates = new NearDuplicateFinder(store);
        entities = new CorpusEntities(store);
        stories = new StoryClusterer(store);
        events = new EventMerger(store);
        claimGroups = store is null ? null : new ClaimGroups(store);
    }

    /// <summary>
    /// Whether <see cref="Build"/> lists the documents added (true by default). A writer that streams
    /// each document out as it is added sets it false: the corpus then keeps what consolidation of
    /// later documents needs (signatures, profiles, corpus entities, events, claims), not the documents.
    /// <see cref="Save"/> returns the documents it keeps: a builder with a state store leaves it true.
    /// </summary>
    public bool KeepDocuments { get; init; } = true;

    /// <summary>The documents added (with a state store: since the last <see cref="Save"/>).</summary>
    public int Count => count;

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
        var lone = new List<(ContractEntityMentions Local, string LocalId)>();
        foreach (var local in document.Entities)
        {
            if (CorpusEntities.WaitsForStory(local))
            {
                // Named by the document alone until its story is known: a feature no other document shares.
                lone.Add((local, local.Entity));
                local.Entity = "~" + document.Id + "~" + lone.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            Link(local, entities.Merge(local, document.Id), corpusIds);
        }

        document.Story = stories.Add(document);
        foreach (var (local, localId) in lone)
        {
            local.Entity = localId;
            Link(local, entities.MergeLone(local, document.Id, document.Story), corpusIds);
        }

        entities.AddToStory(document.Story, document.Entities);
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
            claimGroups?.Add(corpus.Claims[i]);
        }

        count++;
        if (KeepDocuments)
        {
            corpus.Documents.Add(document);
        }
    }

    /// <summary>
    /// The story a document that named <paramref name="storyId"/> when it was added is in now (a later
    /// document may have united it with an earlier story): what <see cref="Build"/> gives it.
    /// </summary>
    public string? CurrentStory(string? storyId) => storyId is null ? null : stories.Current(storyId);

    /// <summary>Stories united into an earlier one since the start (or the last <see cref="Save"/>), in order.</summary>
    public IReadOnlyList<(string Absorbed, string Into)> StoryMerges => stories.Merges;

    private void Link(ContractEntityMentions local, (ContractEntity Entity, bool Created) merged, Dictionary<string, string> corpusIds)
    {
        if (merged.Created)
        {
            corpus.Entities.Add(merged.Entity);
        }

        corpusIds[local.Entity] = merged.Entity.Id;
        local.Entity = merged.Entity.Id;
    }

    /// <summary>A later document may have united a document's story with another: documents name the story they are in now.</summary>
    private void CurrentStories()
    {
        foreach (var document in corpus.Documents)
        {
            document.Story = CurrentStory(document.Story);
        }
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
    /// The corpus of the documents added (with a state store: of the documents added since the last
    /// save only, and the entities, events and stories they began; <see cref="Save"/> gives what changed instead).
    /// </summary>
    public ContractCorpus Build()
    {
        CurrentStories();
        corpus.Stories = [.. stories.Stories];
        corpus.Conflicts = ClaimConflicts.Find(corpus.Claims);
        return corpus;
    }

    /// <summary>
    /// With a state store: writes the state the next documents need to the store and returns what
    /// changed since the last save: the documents added, the entities, events and stories begun or
    /// changed, the new claims and the conflicts of every subject and attribute that got a claim.
    /// </summary>
    public CorpusChanges Save()
    {
        var groups = claimGroups ?? throw new InvalidOperationException("a corpus builder without a state store has nothing to save");
        var firstClaim = groups.Count - corpus.Claims.Count;
        CurrentStories();
        var changes = new CorpusChanges(
            [.. corpus.Documents],
            entities.Save(),
            [.. events.Changed.Select(e => (e.Event, e.Story is null ? null : stories.Current(e.Story)))],
            [.. stories.Changed],
            [.. corpus.Claims.Select((claim, i) => (firstClaim + i, claim))],
            groups.Conflicts())
        {
            StoryMerges = [.. stories.Merges],
        };
        duplicates.Save();
        stories.Save();
        events.Save();

        // What was saved is read back from the store (or the caches) when needed: the corpus lists
        // need not hold every document of a long consolidation.
        corpus.Claims.Clear();
        corpus.Documents.Clear();
        count = 0;
        corpus.Events.Clear();
        corpus.Entities.Clear();
        return changes;
    }
}
