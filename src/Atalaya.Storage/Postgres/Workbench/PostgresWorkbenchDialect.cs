using System.Data.Common;
using Atalaya.Storage.Workbench;
using Atalaya.Storage.Workbench.Queries;
using Npgsql;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The workbench queries' PostgreSQL pieces: an identity column for insertion order, a JSON array
/// parameter expanded by jsonb_array_elements_text, the trigram name index and the tsvector search.
/// The planner takes no hints: it chooses the index from the filters' statistics.
/// </summary>
internal sealed class PostgresWorkbenchDialect(NpgsqlDataSource source) : WorkbenchDialect
{
    public override string RowOrder => "row_order";

    public override string EventSource(Filters filters) => "web_events e";

    /// <summary>The stories with their insertion order (web_story_order), as SQLite's rowid gives it.</summary>
    public override string StorySource => "(SELECT c.*, o.row_order FROM corpus_stories c JOIN web_story_order o ON o.story_id = c.id) s";

    /// <summary>Without the order's join, which a count does not need (web_story_order has one row per story).</summary>
    public override string StoryCountSource => "corpus_stories s";

    public override string StoryEventSource => "web_events w";

    public override string OrderedJoin => "JOIN";

    /// <summary>corpus_entities_by_name is an index of lower(name): the exact test then keeps the one name.</summary>
    public override string EntityNamed(string parameter) => $"lower(n.name) = lower({parameter}) AND n.name = {parameter}";

    public override string ValuesOf(string parameter) => $"SELECT jsonb_array_elements_text(CAST({parameter} AS jsonb))";

    /// <summary>Read as json, not jsonb: one field of a small object is cheaper to find than the whole object to convert.</summary>
    public override string JsonText(string column, string first, string second) => $"(CAST({column} AS json) -> '{first}' ->> '{second}')";

    public override (string Condition, (string Name, object? Value)[] Values) NameContains(string idColumn, string text)
        => PostgresWorkbenchNames.Contains(idColumn, text);

    public override (long Total, List<SearchHit> Hits) SearchDocuments(WorkbenchDb db, string text, Paging paging)
        => PostgresFullText.Search(db, text, paging);

    public override string? ConsolidatedDocument(DbConnection connection, long seq)
        => Relational.ConsolidatedDocuments.Json(connection, seq);

    /// <summary>
    /// Folds names a consolidation wrote and has not folded yet (one that is still running, or was
    /// killed before its fold): the search reads folded names only, so it folds them first. Cheap when
    /// there are none, one index probe; skipped while a consolidation runs (its names are not visible
    /// yet). A login that may only read (an analyst's) leaves them to the
    /// next consolidation: the search then misses only names written since.
    /// </summary>
    public override void BeforeNameSearch()
    {
        using var connection = source.OpenConnection();
        try
        {
            PostgresWorkbenchNames.FoldPending(connection, wait: false);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ReadOnlySqlTransaction)
        {
        }
    }
}
