using Atalaya.Core.Contract;
using Atalaya.Web.Api;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Data;

/// <summary>Events: the filtered, sorted page and one event with its sources.</summary>
internal static class EventQueries
{
    /// <summary>The sort parameter's values and their ORDER BY (seq breaks ties so pages never overlap).</summary>
    private static readonly Dictionary<string, string> Sorts = new(StringComparer.Ordinal)
    {
        ["date"] = "e.date IS NULL, e.date, e.seq",
        ["-date"] = "e.date IS NULL, e.date DESC, e.seq DESC",
        ["fatalities"] = "e.fatalities IS NULL, e.fatalities, e.seq",
        ["-fatalities"] = "e.fatalities IS NULL, e.fatalities DESC, e.seq DESC",
        ["state"] = "e.admin1 IS NULL, e.admin1, e.date DESC, e.seq DESC",
        ["type"] = "e.type, e.date DESC, e.seq DESC",
    };

    public static string OrderBy(string? sort)
        => Sorts.TryGetValue(sort ?? "-date", out var order)
            ? order
            : throw new BadRequestException("sort", $"'{sort}' is not one of {string.Join(", ", Sorts.Keys)}");

    public static EventPage Page(SqliteConnection connection, Filters filters, string orderBy, Paging paging)
    {
        var where = FilterSql.Events(filters);
        var total = Sql.Count(connection, $"SELECT COUNT(*) FROM corpus_events e {where}", where);
        var items = Sql.Rows(
            connection,
            $"SELECT e.json FROM corpus_events e {where} ORDER BY {orderBy} LIMIT $limit OFFSET $offset",
            r => ContractRows.Event(r, 0),
            where,
            ("$limit", paging.PageSize),
            ("$offset", paging.Offset));
        return new EventPage(total, paging.Page, paging.PageSize, items, ContractRows.EntityNames(connection, items));
    }

    /// <summary>Every event of the filtered set in the default order, for the exports.</summary>
    public static List<ContractEvent> All(SqliteConnection connection, Filters filters)
    {
        var where = FilterSql.Events(filters);
        return Sql.Rows(connection, $"SELECT e.json FROM corpus_events e {where} ORDER BY e.seq", r => ContractRows.Event(r, 0), where);
    }

    public static EventDetail? One(SqliteConnection connection, string id)
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
