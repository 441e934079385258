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

        var total = (review is null ? OverviewQueries.CountedEvents(db, filters) : null)
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
        var reviews = ReviewQueries.Current(db, items);
        var corrected = items.Select(e => reviews.TryGetValue(e.Id, out var r) ? ReviewQueries.Apply(e, r) : e).ToList();
        return new EventPage(total, paging.Page, paging.PageSize, corrected, ContractRows.EntityNames(db, items), reviews.ToDictionary(r => r.Key, r => r.Value.Status, StringComparer.Ordinal));
    }

    /// <summary>Every event of the filtered set in the default order, for the exports.</summary>
    public static List<ContractEvent> All(WorkbenchDb db, Filters filters)
    {
        var where = FilterSql.Events(db, filters);
        return Sql.Rows(db, $"SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id {where} ORDER BY c.seq", r => ContractRows.Event(r, 0), where);
    }

    public static EventDetail? One(WorkbenchDb db, string id)
    {
        var @event = Sql.Row(db, "SELECT json FROM corpus_events WHERE id = @id", r => ContractRows.Event(r, 0), values: ("@id", id));
        if (@event is null)
        {
            return null;
        }

        var documents = ContractRows.Documents(
            db, "cd.document_id IN (SELECT document_id FROM corpus_event_documents WHERE event_id = @id)", ("@id", id));
        var review = ReviewQueries.Current(db, [@event]).GetValueOrDefault(@event.Id);
        return new EventDetail(review is null ? @event : ReviewQueries.Apply(@event, review), review, ContractRows.EntityNames(db, [@event]), documents);
    }
}
