using Atalaya.Storage.Workbench;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>The overview page's figures and the values the filter controls offer.</summary>
internal static class OverviewQueries
{
    private const int MaxPoints = 5000;

    /// <remarks>
    /// The latest stories are read on a second connection, an independent read that then runs beside the
    /// counts on the other core: with an actor, a language and a date range together (no pre-counted key
    /// answers them) each half takes about 100 ms on 100,000 documents.
    /// </remarks>
    public static Overview Overview(WorkbenchDb db, Filters filters)
    {
        var latest = Task.Run(() =>
        {
            using var other = db.OpenAnother();
            return StoryQueries.Summaries(other, FilterSql.Stories(other, filters), limit: 10, offset: 0);
        });
        var events = FilterSql.Events(db, filters);
        var source = db.Dialect.EventSource(filters);
        // One key answers the filters (none, state and/or type, one actor, one language) and no date range: pre-counted.
        var key = filters is { From: null, To: null } && !MergedActor(db, filters) ? FacetKeys.Key(filters.State, filters.Type, filters.Actor, filters.Language) : null;
        var (count, fatalities, documentCount, byState, byWeek) = key is not null
            ? Counted(db, filters, key)
            : Scanned(db, events, source);
        var topActors = Sql.Rows(
            db,
            key is not null
                ? """
                  SELECT t.entity_id, n.name, n.kind, t.events FROM (
                      SELECT entity_id, events FROM web_actor_counts WHERE key = @key ORDER BY events DESC, entity_id LIMIT 10) t
                  JOIN corpus_entities n ON n.id = t.entity_id ORDER BY t.events DESC, t.entity_id
                  """
                : $"""
                  SELECT t.entity_id, n.name, n.kind, t.events FROM (
                      SELECT a.entity_id, COUNT(DISTINCT a.event_id) AS events
                      FROM {source} JOIN corpus_event_actors a ON a.event_id = e.id {events}
                      GROUP BY a.entity_id ORDER BY events DESC, a.entity_id LIMIT 10) t
                  JOIN corpus_entities n ON n.id = t.entity_id ORDER BY t.events DESC, t.entity_id
                  """,
            r => new ActorCount(r.GetString(0), r.GetString(1), r.Text(2), r.GetInt64(3)),
            events,
            ("@key", key));
        var points = Sql.Rows(
            db,
            $"""
            SELECT p.id, p.lat, p.lon, p.fatalities, p.type, p.date, p.place, p.admin1, {db.Dialect.JsonText("c.json", "location", "precision")}, c.country
            FROM (SELECT e.id, e.lat, e.lon, e.fatalities, e.type, e.date, e.place, e.admin1, e.{db.Dialect.RowOrder} AS row_order FROM web_events e
                  WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL {events.And}
                  ORDER BY e.date DESC NULLS LAST, e.{db.Dialect.RowOrder} DESC LIMIT {MaxPoints}) p
            JOIN corpus_events c ON c.id = p.id
            ORDER BY p.date DESC NULLS LAST, p.row_order DESC
            """,
            r => new MapPoint(r.GetString(0), r.GetDouble(1), r.GetDouble(2), r.Integer(3), r.GetString(4), r.Text(5), r.Text(6), r.Text(7), r.Text(8), r.Text(9)),
            events);
        var latestStories = latest.GetAwaiter().GetResult();

        // Events an analyst rejected, or merged into another (counted once, as the one kept), leave the figures: their
        // own share under the same filters is taken off.
        var rejected = ReviewQueries.Statuses(db).Where(r => r.Value == ReviewStatuses.Rejected).Select(r => r.Key)
            .Union(AnalystFolds.Read(db).Events.Keys, StringComparer.Ordinal).ToList();
        if (rejected.Count > 0)
        {
            var only = FilterSql.Events(db, filters);
            only.Add($"e.id IN ({db.Dialect.ValuesOf("@rejected")})", ("@rejected", Sql.JsonArray(rejected)));
            var (less, lessFatalities, _, lessByState, lessByWeek) = Scanned(db, only, source);
            count -= less;
            fatalities -= lessFatalities;
            byState = Subtract(byState, lessByState, s => s.State, (a, b) => a with { Events = a.Events - b.Events, Fatalities = a.Fatalities - b.Fatalities }, s => s.Events);
            byWeek = Subtract(byWeek, lessByWeek, w => w.Week + "|" + w.Type, (a, b) => a with { Events = a.Events - b.Events }, w => w.Events);
            var gone = rejected.ToHashSet(StringComparer.Ordinal);
            points = [.. points.Where(p => !gone.Contains(p.Id))];
        }

        return new Overview(count, fatalities, documentCount, byState, byWeek, topActors, latestStories, points);
    }

    /// <summary>
    /// Totals, documents and the state and week breakdowns from the pre-counted cells and facets of
    /// the filters' key (WorkbenchFacets): a few thousand cells at most instead of every event of the
    /// busiest state, type, actor or language. The cells are kept per actor or language key, with the
    /// state and type as columns.
    /// </summary>
    private static (long, long, long, List<StateCount>, List<WeekCount>) Counted(WorkbenchDb db, Filters filters, string key)
    {
        var cells = Cells(filters);

        var (count, fatalities) = Sql.Row(
            db,
            $"SELECT COALESCE(SUM(c.events), 0), COALESCE(SUM(c.fatalities), 0) FROM web_event_cells c {cells}",
            r => Tuple.Create(r.GetInt64(0), r.GetInt64(1)),
            cells)!;
        // Documents: those reporting the filtered events; all stored documents without a filter.
        var documentCount = key.Length > 0
            ? Sql.Count(db, "SELECT COUNT(*) FROM web_document_facets WHERE key = @key", values: ("@key", key))
            : Sql.Count(db, "SELECT COUNT(*) FROM documents");
        var byState = Sql.Rows(
            db,
            $"SELECT c.admin1, SUM(c.events), SUM(c.fatalities) FROM web_event_cells c WHERE c.admin1 <> '' {cells.And} GROUP BY c.admin1 ORDER BY 2 DESC, 1",
            r => new StateCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)),
            cells);
        var byWeek = Sql.Rows(
            db,
            $"SELECT c.week, c.type, SUM(c.events) FROM web_event_cells c WHERE c.week <> '' {cells.And} GROUP BY c.week, c.type ORDER BY c.week, c.type",
            r => new WeekCount(r.GetString(0), r.GetString(1), r.GetInt64(2)),
            cells);
        return (count, fatalities, documentCount, byState, byWeek);
    }

    private static List<T> Subtract<T>(List<T> rows, List<T> less, Func<T, string> key, Func<T, T, T> minus, Func<T, long> events)
    {
        var taken = less.ToDictionary(key, StringComparer.Ordinal);
        return [.. rows.Select(r => taken.TryGetValue(key(r), out var l) ? minus(r, l) : r).Where(r => events(r) > 0)];
    }

    /// <summary>An actor filter naming entities an analyst merged: no one key's cells count their events.</summary>
    private static bool MergedActor(WorkbenchDb db, Filters filters) => filters.Actor is { } actor && AnalystFolds.ActorIds(db, actor) is not null;

    /// <summary>The number of events of filters one key answers without a date range (from the cells), else null.</summary>
    public static long? CountedEvents(WorkbenchDb db, Filters filters)
    {
        if (filters is not { From: null, To: null } || FacetKeys.Key(filters.State, filters.Type, filters.Actor, filters.Language) is null || MergedActor(db, filters))
        {
            return null;
        }

        var cells = Cells(filters);

        return Sql.Count(db, $"SELECT COALESCE(SUM(c.events), 0) FROM web_event_cells c {cells}", cells);
    }

    /// <summary>The same figures from the filtered events themselves (a date range, or filters no one key answers: fewer events).</summary>
    private static (long, long, long, List<StateCount>, List<WeekCount>) Scanned(WorkbenchDb db, SqlWhere events, string source)
    {
        var (count, fatalities) = Sql.Row(
            db,
            $"SELECT COUNT(*), COALESCE(SUM(e.fatalities), 0) FROM {source} {events}",
            r => Tuple.Create(r.GetInt64(0), r.GetInt64(1)),
            events)!;
        // Documents: those reporting the filtered events, counted from the event links.
        var documentCount = Sql.Count(db, $"SELECT COUNT(DISTINCT ed.document_id) FROM {source} JOIN corpus_event_documents ed ON ed.event_id = e.id {events}", events);
        var byState = Sql.Rows(
            db,
            $"""
            SELECT e.admin1, COUNT(*), COALESCE(SUM(e.fatalities), 0) FROM {source}
            WHERE e.admin1 IS NOT NULL {events.And} GROUP BY e.admin1 ORDER BY 2 DESC, 1
            """,
            r => new StateCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)),
            events);

        // week: the Monday on or before the day; events dated only to a month or a year have none.
        var byWeek = Sql.Rows(
            db,
            $"""
            SELECT e.week, e.type, COUNT(*) FROM {source}
            WHERE e.week IS NOT NULL {events.And} GROUP BY e.week, e.type ORDER BY e.week, e.type
            """,
            r => new WeekCount(r.GetString(0), r.GetString(1), r.GetInt64(2)),
            events);
        return (count, fatalities, documentCount, byState, byWeek);
    }

    /// <summary>The cells of the filters' actor or language key (all events without either), in their state and type.</summary>
    private static SqlWhere Cells(Filters filters)
    {
        var cells = new SqlWhere();
        cells.Add("c.key = @cellKey", ("@cellKey", FacetKeys.Key(null, null, filters.Actor, filters.Language)));
        if (filters.State is { } state)
        {
            cells.Add("c.admin1 = @state", ("@state", state));
        }

        if (filters.Type is { } type)
        {
            cells.Add("c.type = @type", ("@type", type));
        }

        return cells;
    }

    public static FilterValues Values(WorkbenchDb db)
    {
        var states = Sql.Rows(db, Distinct("web_events", "admin1"), r => r.GetString(0));
        var types = Sql.Rows(db, Distinct("web_events", "type"), r => r.GetString(0));
        var languages = Sql.Rows(db, Distinct("documents", "language"), r => r.GetString(0));
        // Two statements: SQLite reads a lone MIN or MAX from the end of the index, both together scan it.
        var min = Sql.Rows(db, "SELECT MIN(date) FROM web_events", r => r.Text(0))[0];
        var max = Sql.Rows(db, "SELECT MAX(date) FROM web_events", r => r.Text(0))[0];
        return new FilterValues(states, types, languages, min, max);
    }

    /// <summary>
    /// The distinct values (NULL left out) of a column some index leads with, in order, by one index
    /// probe per value: a plain DISTINCT reads the whole index, one entry per event or document (on
    /// PostgreSQL, which has no skip scan, tens of milliseconds on 100,000 documents).
    /// </summary>
    private static string Distinct(string table, string column) => $"""
        WITH RECURSIVE v(value) AS (
            SELECT MIN({column}) FROM {table}
            UNION ALL
            SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > v.value) FROM v WHERE v.value IS NOT NULL)
        SELECT value FROM v WHERE value IS NOT NULL ORDER BY value
        """;
}
