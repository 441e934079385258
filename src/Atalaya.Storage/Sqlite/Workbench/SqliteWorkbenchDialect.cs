using System.Data.Common;
using Atalaya.Storage.Workbench;
using Atalaya.Storage.Workbench.Queries;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>The workbench queries' SQLite pieces: index hints, rowid, json_each, the trigram name index and FTS5.</summary>
internal sealed class SqliteWorkbenchDialect(Func<SqliteConnection> open) : WorkbenchDialect
{
    private int folding;

    public override string RowOrder => "rowid";

    /// <summary>
    /// Read through the index of the most selective filter given. SQLite would otherwise often walk the
    /// index of the GROUP BY or ORDER BY and test each row against the filter, which is hundreds of
    /// times slower for one state or one type out of a large corpus.
    /// </summary>
    public override string EventSource(Filters filters)
        => filters.State is not null ? "web_events e INDEXED BY web_ev2_admin1"
            : filters.Type is not null ? "web_events e INDEXED BY web_ev2_type"
            : filters.From is not null || filters.To is not null ? "web_events e INDEXED BY web_ev_date"
            : "web_events e";

    /// <summary>
    /// Stories read through the index of their order and filters (dates, languages, id): the filters'
    /// id lists are then tested per index entry and a page stops after its last row. SQLite would
    /// otherwise look up every story of a large state or type by id, read its row and sort them all.
    /// </summary>
    public override string StorySource => "corpus_stories s INDEXED BY web_corpus_stories_cover";

    public override string StoryEventSource => "web_events w INDEXED BY web_events_by_story";

    /// <summary>SQLite's planner keeps the tables of a CROSS JOIN in the order written.</summary>
    public override string OrderedJoin => "CROSS JOIN";

    /// <summary>corpus_entities_by_name is an index of the names without case: the exact test then keeps the one name.</summary>
    public override string EntityNamed(string parameter) => $"n.name = {parameter} COLLATE NOCASE AND n.name = {parameter}";

    public override string ValuesOf(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string JsonText(string column, string first, string second) => $"json_extract({column}, '$.{first}.{second}')";

    public override (string Condition, (string Name, object? Value)[] Values) NameContains(string idColumn, string text)
        => WorkbenchNames.Contains(idColumn, text);

    public override (long Total, List<SearchHit> Hits) SearchDocuments(WorkbenchDb db, string text, Paging paging)
        => SqliteFullText.Search(db, text, paging);

    public override string? ConsolidatedDocument(DbConnection connection, long seq)
        => Relational.ConsolidatedDocuments.Json(connection, seq);

    /// <summary>
    /// Folds, in the background, entity names a consolidation left unfolded (one killed before it folded
    /// them), so that the name search goes back to reading them from its index. At most one fold runs at
    /// a time; a fold that cannot get the write lock now (an ingest is writing) is simply tried after a
    /// later request. Meanwhile the search folds such names on the fly, so nothing is missed.
    /// </summary>
    public override void BeforeNameSearch()
    {
        if (Interlocked.CompareExchange(ref folding, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                using var connection = open();
                if (WorkbenchNames.AnyPending(connection))
                {
                    WorkbenchNames.FoldPending(connection);
                }
            }
            catch (SqliteException)
            {
                // Busy or read-only: the search folds these names on the fly meanwhile.
            }
            finally
            {
                Volatile.Write(ref folding, 0);
            }
        });
    }
}
