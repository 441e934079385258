using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench;

/// <summary>
/// The reads of the analysts' workbench (its JSON API) and of the summary commands, over one
/// database, engine-neutral: every engine answers them with the same records. Each call reads
/// through its own connection, so concurrent callers never share one. Values a query cannot use
/// (an unknown sort or entity type, a search without a word) throw <see cref="InvalidQueryException"/>.
/// </summary>
public interface IWorkbenchQueries : IDisposable
{
    /// <summary>The states, event types, languages and date range present.</summary>
    FilterValues FilterValues();

    /// <summary>Counts, charts, top actors, latest stories and map points for the filters.</summary>
    Overview Overview(Filters filters);

    /// <summary>
    /// Events matching the filters, a page at a time; <paramref name="sort"/> one of <see cref="EventSorts.Names"/> (null: newest first);
    /// <paramref name="review"/> one of <see cref="ReviewStatuses.All"/> (null: any). Each event as its review corrects it.
    /// </summary>
    EventPage Events(Filters filters, string? sort, Paging paging, string? review = null);

    /// <summary>One event (as its review corrects it) with its review, actors and source documents; null when there is none with the id.</summary>
    EventDetail? EventById(string id);

    /// <summary>
    /// Files an analyst's review action on an event (the one write of the workbench's analysts): its status, note and
    /// corrections, made with the key named <paramref name="key"/>. Null when there is no such event.
    /// </summary>
    EventReview? Review(string eventId, ReviewRequest request, string key, DateTimeOffset now);

    /// <summary>The analysts' actions (reviews, merges, splits), latest first: the audit trail.</summary>
    PageOf<ReviewRecord> Reviews(Paging paging);

    /// <summary>
    /// Merges two events (ids, the one kept first): the first's fields, the sources of both; kept by the events' source
    /// spans, so the merge outlives ingest and rebuilds. An id merged before stands for the event it shows under.
    /// </summary>
    MergeOutcome MergeEvents(IReadOnlyList<string> ids, string? note, string? reviewer, string key, DateTimeOffset now);

    /// <summary>Undoes the latest merge standing on the event (of another into it, or of it into another).</summary>
    MergeOutcome SplitEvent(string id, string? note, string? reviewer, string key, DateTimeOffset now);

    /// <summary>Merges two entities (ids, the one kept first): its page, counts and events' actors show both as one.</summary>
    MergeOutcome MergeEntities(IReadOnlyList<string> ids, string? note, string? reviewer, string key, DateTimeOffset now);

    /// <summary>
    /// The stored corpus as analysts left it, for the exports: merged events and entities made one, corrections
    /// applied, each reviewed event carrying its review (rejected events stay, marked; the event formats leave them out).
    /// </summary>
    ContractCorpus Reviewed(ContractCorpus corpus);

    /// <summary>The filtered events as the small corpus the exporters take (events, their entities, their source documents).</summary>
    ContractCorpus EventExport(Filters filters);

    /// <summary>Entities whose name or an alias contains the text (case and accents ignored, see <see cref="NameFolding"/>), of a type (PER, ORG, LOC, MISC).</summary>
    PageOf<EntityListItem> Entities(string? text, string? type, Paging paging);

    /// <summary>One entity with, under the filters, its events, their months and its co-actors; its claims and conflicts whole.</summary>
    EntityDetail? EntityById(string id, Filters filters);

    /// <summary>Name, type and kind of the entities of the given ids (those that exist).</summary>
    IReadOnlyDictionary<string, EntityName> EntityNames(IEnumerable<string> ids);

    /// <summary>Stories, latest first, with at least the documents and languages of <paramref name="triage"/> (null: any).</summary>
    PageOf<StorySummary> Stories(Filters filters, Paging paging, StoryTriage? triage = null);

    /// <summary>One story with its documents and events.</summary>
    StoryDetail? StoryById(string id);

    /// <summary>Documents, latest published first.</summary>
    PageOf<DocumentListItem> Documents(Filters filters, Paging paging);

    /// <summary>One document as consolidation wrote it, with its text.</summary>
    ContractDocument? DocumentById(string id);

    /// <summary>The stored document of the content hash, as <see cref="DocumentById"/> gives it.</summary>
    ContractDocument? DocumentByContentHash(string contentHash);

    /// <summary>Claims by subject and attribute, in the order consolidation wrote them.</summary>
    PageOf<ContractClaim> Claims(string? subject, string? attribute, Paging paging);

    /// <summary>Conflicts by subject, in the order consolidation wrote them.</summary>
    PageOf<ContractConflict> Conflicts(string? subject, Paging paging);

    /// <summary>Full-text search over document titles and texts, and entities by name.</summary>
    SearchResult Search(string text, Paging paging);

    /// <summary>Real ids and values of the database to ask for (the benchmark's requests).</summary>
    WorkbenchSample Sample();
}
