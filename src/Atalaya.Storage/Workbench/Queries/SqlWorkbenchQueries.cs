using System.Data.Common;
using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// The workbench queries over any engine: portable SQL over System.Data.Common, with the engine's own
/// pieces from its <see cref="WorkbenchDialect"/>. Every call opens its own connection, so concurrent
/// callers never share one.
/// </summary>
internal sealed class SqlWorkbenchQueries(Func<DbConnection> open, WorkbenchDialect dialect, Action release) : IWorkbenchQueries
{
    public FilterValues FilterValues() => Read(OverviewQueries.Values);

    public Overview Overview(Filters filters) => Read(c => OverviewQueries.Overview(c, filters));

    public EventPage Events(Filters filters, string? sort, Paging paging, string? review = null)
    {
        var order = EventQueries.OrderBy(dialect, sort);
        if (review is not null && !ReviewStatuses.All.Contains(review, StringComparer.Ordinal))
        {
            throw new InvalidQueryException("review", $"'{review}' is not one of {string.Join(", ", ReviewStatuses.All)}");
        }

        return Read(c => EventQueries.Page(c, filters, order, paging, review));
    }

    public EventDetail? EventById(string id) => Read(c => EventQueries.One(c, id));

    public EventReview? Review(string eventId, ReviewRequest request, string key, DateTimeOffset now)
        => Read(c => ReviewQueries.Record(c, eventId, request, key, now));

    public PageOf<ReviewRecord> Reviews(Paging paging) => Read(c => MergeQueries.Trail(c, paging));

    public MergeOutcome MergeEvents(IReadOnlyList<string> ids, string? note, string? reviewer, string key, DateTimeOffset now)
        => Read(c => MergeQueries.MergeEvents(c, ids, note, reviewer, key, now));

    public MergeOutcome SplitEvent(string id, string? note, string? reviewer, string key, DateTimeOffset now)
        => Read(c => MergeQueries.SplitEvent(c, id, note, reviewer, key, now));

    public MergeOutcome MergeEntities(IReadOnlyList<string> ids, string? note, string? reviewer, string key, DateTimeOffset now)
        => Read(c => MergeQueries.MergeEntities(c, ids, note, reviewer, key, now));

    public ContractCorpus Reviewed(ContractCorpus corpus) => Read(c => ReviewedCorpus.Of(c, corpus));

    public ContractCorpus EventExport(Filters filters) => Read(c => ExportQueries.Corpus(c, filters));

    public PageOf<EntityListItem> Entities(string? text, string? type, Paging paging)
    {
        dialect.BeforeNameSearch();
        return Read(c => EntityQueries.Page(c, text, type, paging));
    }

    public EntityDetail? EntityById(string id, Filters filters) => Read(c => EntityQueries.One(c, id, filters));

    public IReadOnlyDictionary<string, EntityName> EntityNames(IEnumerable<string> ids) => Read(c => ContractRows.EntityNames(c, ids));

    public PageOf<StorySummary> Stories(Filters filters, Paging paging, StoryTriage? triage = null) => Read(c => StoryQueries.Page(c, filters, paging, triage ?? StoryTriage.None));

    public StoryDetail? StoryById(string id) => Read(c => StoryQueries.One(c, id));

    public PageOf<DocumentListItem> Documents(Filters filters, Paging paging) => Read(c => DocumentQueries.Page(c, filters, paging));

    public ContractDocument? DocumentById(string id) => Read(c => DocumentQueries.One(c, id));

    public ContractDocument? DocumentByContentHash(string contentHash) => Read(c => DocumentQueries.ByContentHash(c, contentHash));

    public PageOf<ContractClaim> Claims(string? subject, string? attribute, Paging paging) => Read(c => ClaimQueries.Claims(c, subject, attribute, paging));

    public PageOf<ContractConflict> Conflicts(string? subject, Paging paging) => Read(c => ClaimQueries.Conflicts(c, subject, paging));

    public SearchResult Search(string text, Paging paging)
    {
        dialect.BeforeNameSearch();
        return Read(c => SearchQueries.Search(c, text, paging));
    }

    public WorkbenchSample Sample() => Read(SampleQueries.Read);

    public void Dispose() => release();

    private T Read<T>(Func<WorkbenchDb, T> answer)
    {
        using var db = Open();
        return answer(db);
    }

    private WorkbenchDb Open() => new(open(), dialect, Open);
}
