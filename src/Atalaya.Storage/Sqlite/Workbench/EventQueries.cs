using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>Events: the filtered, sorted page and one event with its sources.</summary>
internal static class EventQueries
{
    /// <summary>
    /// The ORDER BY of each sort of <see cref="EventSorts"/>, each one an index of web_events (the rowid
    /// breaks ties, so pages never overlap).
    /// </summary>
    private static readonly Dictionary<string, string> Sorts = new(StringComparer.Ordinal)
    {
        ["date"] = "e.date, e.rowid",
        ["-date"] = "e.date DESC, e.rowid DESC",
        ["fatalities"] = "e.fatalities, e.rowid",
        ["-fatalities"] = "e.fatalities DESC, e.rowid DESC",
        ["state"] = "e.admin1, e.date, e.rowid",
        ["type"] = "e.type, e.date, e.rowid",
    };

    public static string OrderBy(string? sort) => Sorts[EventSorts.Check(sort)];

    public static EventPage Page(DbConnection connection, Filters filters, string orderBy, Paging paging)
    {
        var where = FilterSql.Events(connection, filters);
        var total = OverviewQueries.CountedEvents(connection, filters)
            ?? Sql.Count(connection, $"SELECT COUNT(*) FROM {FilterSql.EventSource(filters)} {where}", where);
        // The page's ids first, from web_events alone; only its rows' JSON is read.
        var items = Sql.Rows(
            connection,
            $"""
            SELECT c.json FROM (SELECT e.id, e.rowid AS r, e.date, e.fatalities, e.admin1, e.type FROM web_events e {where} ORDER BY {orderBy} LIMIT $limit OFFSET $offset) p
            JOIN corpus_events c ON c.id = p.id ORDER BY {orderBy.Replace("e.rowid", "p.r", StringComparison.Ordinal).Replace("e.", "p.", StringComparison.Ordinal)}
            """,
            r => ContractRows.Event(r, 0),
            where,
            ("$limit", paging.PageSize),
            ("$offset", paging.Offset));
        return new EventPage(total, paging.Page, paging.PageSize, items, ContractRows.EntityNames(connection, items));
    }

    /// <summary>Every event of the filtered set in the default order, for the exports.</summary>
    public static List<ContractEvent> All(DbConnection connection, Filters filters)
    {
        var where = FilterSql.Events(connection, filters);
        return Sql.Rows(connection, $"SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id {where} ORDER BY c.seq", r => ContractRows.Event(r, 0), where);
    }

    public static EventDetail? One(DbConnection connection, string id)
    {
        var @event = Sql.Row(connection, "SELECT json FROM corpus_events WHERE id = $id", r => ContractRows.Event(r, 0), values: ("$id", id));
        if (@event is null)
        {
            return null;
        }

        var documents = ContractRows.Documents(
            connection, "cd.document_id IN (SELECT document_id FROM corpus_event_documents WHERE event_id = $id)", ("$id", id));
        return new EventDetail(@event, ContractRows.EntityNames(connection, [@event]), documents);
    }
}
