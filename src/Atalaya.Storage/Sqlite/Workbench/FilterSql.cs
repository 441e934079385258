using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// The common filters as SQL conditions. Events filter on their own date; documents and stories on
/// their publication dates, and on type and state through the facets of the events they report (WorkbenchFacets), on actor through the entities they name.
/// </summary>
internal static class FilterSql
{
    /// <summary>
    /// web_events aliased e, read through the index of the most selective filter given. SQLite would
    /// otherwise often walk the index of the GROUP BY or ORDER BY and test each row against the filter,
    /// which is hundreds of times slower for one state or one type out of a large corpus.
    /// </summary>
    public static string EventSource(Filters filters)
        => filters.State is not null ? "web_events e INDEXED BY web_ev2_admin1"
            : filters.Type is not null ? "web_events e INDEXED BY web_ev2_type"
            : filters.From is not null || filters.To is not null ? "web_events e INDEXED BY web_ev_date"
            : "web_events e";

    /// <summary>
    /// An actor or language key with more events than this is tested per event (EXISTS on the keys'
    /// primary key) while an index of web_events is read in order, so a page stops early; a smaller
    /// one is read as a list of event ids first. A list of tens of thousands of ids makes SQLite look
    /// up and sort every one of them, a short list beats walking the index.
    /// </summary>
    private const long LargeKey = 2000;

    /// <summary>Conditions on web_events (the narrow copy of corpus_events) aliased e.</summary>
    public static SqlWhere Events(DbConnection connection, Filters filters)
    {
        var where = new SqlWhere();
        if (filters.From is { } from)
        {
            where.Add("e.date >= $from", ("$from", from));
        }

        if (filters.To is { } to)
        {
            where.Add("e.date <= $to", ("$to", to));
        }

        if (filters.Type is { } type)
        {
            where.Add("e.type = $type", ("$type", type));
        }

        if (filters.State is { } state)
        {
            where.Add("e.admin1 = $state", ("$state", state));
        }

        if (filters.Actor is { } actor)
        {
            where.Add(KeyCondition(connection, "$actorKey", "a:" + actor), ("$actorKey", "a:" + actor));
        }

        if (filters.Language is { } language)
        {
            where.Add(KeyCondition(connection, "$languageKey", "l:" + language), ("$languageKey", "l:" + language));
        }

        return where;
    }

    private static string KeyCondition(DbConnection connection, string parameter, string key)
        => Sql.Count(connection, "SELECT COALESCE(SUM(events), 0) FROM web_event_cells WHERE key = $key", values: ("$key", key)) > LargeKey
            ? $"EXISTS (SELECT 1 FROM web_event_keys k WHERE k.key = {parameter} AND k.event_id = e.id)"
            : $"e.id IN (SELECT event_id FROM web_event_keys WHERE key = {parameter})";

    /// <summary>Conditions on documents aliased d (no join needed: corpus links are subqueries on the document's seq).</summary>
    public static SqlWhere Documents(Filters filters)
    {
        var where = new SqlWhere();
        if (filters.From is { } from)
        {
            where.Add("d.published >= $from", ("$from", from));
        }

        if (filters.To is { } to)
        {
            where.Add("d.published <= $to", ("$to", to));
        }

        if (filters.Language is { } language)
        {
            where.Add("d.language = $language", ("$language", language));
        }

        if (filters.Actor is { } actor)
        {
            where.Add("d.seq IN (SELECT cd.seq FROM corpus_entity_documents ced JOIN corpus_documents cd ON cd.document_id = ced.document_id WHERE ced.entity_id = $actor)", ("$actor", actor));
        }

        if (StateOrType(filters) is { } facet)
        {
            where.Add("d.seq IN (SELECT seq FROM web_document_facets WHERE key = $facet)", ("$facet", facet));
        }

        return where;
    }

    /// <summary>Conditions on corpus_stories aliased s.</summary>
    public static SqlWhere Stories(Filters filters)
    {
        var where = new SqlWhere();
        if (filters.From is { } from)
        {
            where.Add("s.last_published >= $from", ("$from", from));
        }

        if (filters.To is { } to)
        {
            where.Add("s.first_published <= $to", ("$to", to));
        }

        if (filters.Language is { } language)
        {
            where.Add("(',' || s.languages || ',') LIKE $languageList", ("$languageList", $"%,{language},%"));
        }

        if (filters.Actor is { } actor)
        {
            where.Add("s.id IN (SELECT cd.story_id FROM corpus_entity_documents ced JOIN corpus_documents cd ON cd.document_id = ced.document_id WHERE ced.entity_id = $actor)", ("$actor", actor));
        }

        if (StateOrType(filters) is { } facet)
        {
            where.Add("s.id IN (SELECT story_id FROM web_story_facets WHERE key = $facet)", ("$facet", facet));
        }

        return where;
    }

    /// <summary>The facet key of the state and type filters, null when neither is given.</summary>
    private static string? StateOrType(Filters filters)
        => filters.State is null && filters.Type is null ? null : WorkbenchFacets.Key(filters.State, filters.Type);
}
