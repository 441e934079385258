using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Events: the filtered, sorted page and one event with its sources.</summary>
internal static class EventQueries
{
    /// <summary>
    /// The ORDER BY of each sort of <see cref="EventSorts"/>, each one an index of web_events (the
    /// dialect's row order, {row} here, breaks ties, so pages never overlap). Nulls sort low, as SQLite
    /// puts them by default and PostgreSQL only when told.
    /// </summary>
    private static readonly Dictionary<string, string> Sorts = new(StringComparer.Ordinal)
    {
        ["date"] = "e.date NULLS FIRST, e.{row}",
        ["-date"] = "e.date DESC NULLS LAST, e.{row} DESC",
        ["fatalities"] = "e.fatalities NULLS FIRST, e.{row}",
        ["-fatalities"] = "e.fatalities DESC NULLS LAST, e.{row} DESC",
        ["state"] = "e.admin1 NULLS FIRST, e.date NULLS FIRST, e.{row}",
        ["type"] = "e.type, e.date NULLS FIRST, e.{row}",
    };

    public static string OrderBy(WorkbenchDialect dialect, string? sort) => Sorts[EventSorts.Check(sort)].Replace("{row}", dialect.RowOrder, StringComparison.Ordinal);

    public static EventPage Page(WorkbenchDb db, Filters filters, string orderBy, Paging paging, string? review = null)
    {
        var where = FilterSql.Events(db, filters);
        if (review is not null)
        {
            // The reviewed events' current ids (few: an analyst's work); unreviewed is every other event.
            var statuses = ReviewQueries.Statuses(db);
            var ids = review == ReviewStatuses.Unreviewed
                ? statuses.Where(s => s.Value != ReviewStatuses.Unreviewed).Select(s => s.Key)
                : statuses.Where(s => s.Value == review).Select(s => s.Key);
            where.Add($"e.id {(review == ReviewStatuses.Unreviewed ? "NOT IN" : "IN")} ({db.Dialect.ValuesOf("@reviewed")})", ("@reviewed", Sql.JsonArray(ids)));
        }

        // Events merged into another show only as its sources.
        var folds = AnalystFolds.Read(db);
        if (folds.Events.Count > 0)
        {
            where.Add($"e.id NOT IN ({db.Dialect.ValuesOf("@folded")})", ("@folded", Sql.JsonArray(folds.Events.Keys)));
        }

        var total = (review is null ? Counted(db, filters, folds) : null)
            ?? Sql.Count(db, $"SELECT COUNT(*) FROM {db.Dialect.EventSource(filters)} {where}", where);
        // The page's ids first, from web_events alone; only its rows' JSON is read.
        var items = Sql.Rows(
            db,
            $"""
            SELECT c.json FROM (SELECT e.id, e.{db.Dialect.RowOrder} AS r, e.date, e.fatalities, e.admin1, e.type FROM web_events e {where} ORDER BY {orderBy} LIMIT @limit OFFSET @offset) p
            JOIN corpus_events c ON c.id = p.id ORDER BY {orderBy.Replace("e." + db.Dialect.RowOrder, "p.r", StringComparison.Ordinal).Replace("e.", "p.", StringComparison.Ordinal)}
            """,
            r => ContractRows.Event(r, 0),
            where,
            ("@limit", paging.PageSize),
            ("@offset", paging.Offset));
        var (corrected, reviews) = ReviewedEvents.Of(db, folds, items);
        return new EventPage(total, paging.Page, paging.PageSize, corrected, ContractRows.EntityNames(db, corrected), reviews.ToDictionary(r => r.Key, r => r.Value.Status, StringComparer.Ordinal));
    }

    /// <summary>The count from the pre-counted cells when they answer the filters, less the events merged into others among them (a few, counted by id).</summary>
    private static long? Counted(WorkbenchDb db, Filters filters, AnalystFolds folds)
    {
        var counted = OverviewQueries.CountedEvents(db, filters);
        if (counted is null || folds.Events.Count == 0)
        {
            return counted;
        }

        var folded = FilterSql.Events(db, filters);
        folded.Add($"e.id IN ({db.Dialect.ValuesOf("@folded")})", ("@folded", Sql.JsonArray(folds.Events.Keys)));
        return counted - Sql.Count(db, $"SELECT COUNT(*) FROM {db.Dialect.EventSource(filters)} {folded}", folded);
    }

    /// <summary>Every event of the filtered set in the default order, for the exports; those merged into another left out (they show as its sources).</summary>
    public static List<ContractEvent> All(WorkbenchDb db, Filters filters, AnalystFolds folds)
    {
        var where = FilterSql.Events(db, filters);
        if (folds.Events.Count > 0)
        {
            where.Add($"e.id NOT IN ({db.Dialect.ValuesOf("@folded")})", ("@folded", Sql.JsonArray(folds.Events.Keys)));
        }

        return Sql.Rows(db, $"SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id {where} ORDER BY c.seq", r => ContractRows.Event(r, 0), where);
    }

    /// <summary>The event of the id, or the one it was merged into (its page then shows the merge), as analysts left it.</summary>
    public static EventDetail? One(WorkbenchDb db, string id)
    {
        var folds = AnalystFolds.Read(db);
        var root = folds.EventRoot(id);
        var @event = Sql.Row(db, "SELECT json FROM corpus_events WHERE id = @id", r => ContractRows.Event(r, 0), values: ("@id", root));
        if (@event is null)
        {
            return null;
        }

        var merged = folds.EventMembers(root);
        var documents = ContractRows.Documents(
            db,
            $"cd.document_id IN (SELECT document_id FROM corpus_event_documents WHERE event_id IN ({db.Dialect.ValuesOf("@ids")}))",
            ("@ids", Sql.JsonArray([root, .. merged])));
        var (shown, reviews) = ReviewedEvents.Of(db, folds, [@event]);
        return new EventDetail(shown[0], reviews.GetValueOrDefault(root), ContractRows.EntityNames(db, shown), documents, merged);
    }
}
