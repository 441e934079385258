namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Full-text search over document titles and texts (the engine's own, see <see cref="WorkbenchDialect.SearchDocuments"/>), and entities by name.</summary>
internal static class SearchQueries
{
    public static SearchResult Search(WorkbenchDb db, string text, Paging paging)
    {
        var (total, hits) = db.Dialect.SearchDocuments(db, text, paging);
        var entities = EntityQueries.Matching(db, text, limit: 20);
        return new SearchResult(total, paging.Page, paging.PageSize, hits, entities);
    }
}
