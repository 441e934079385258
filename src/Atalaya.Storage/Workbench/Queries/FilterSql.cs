using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// The common filters as SQL conditions. Events filter on their own date; documents and stories on
/// their publication dates, and on type and state through the facets of the events they report (WorkbenchFacets), on actor through the entities they name.
/// </summary>
internal static class FilterSql
{
    /// <summary>
    /// An actor or language key with more events than this is tested per event (EXISTS on the keys'
    /// primary key) while an index of web_events is read in order, so a page stops early; a smaller
    /// one is read as a list of event ids first. A list of tens of thousands of ids makes SQLite look
    /// up and sort every one of them, a short list beats walking the index.
    /// </summary>
    private const long LargeKey = 2000;

    /// <summary>Conditions on web_events (the narrow copy of corpus_events) aliased e.</summary>
    public static SqlWhere Events(WorkbenchDb db, Filters filters)
    {
        var where = new SqlWhere();
        if (filters.From is { } from)
        {
            where.Add("e.date >= @from", ("@from", from));
        }

        if (filters.To is { } to)
        {
            where.Add("e.date <= @to", ("@to", to));
        }

        if (filters.Type is { } type)
        {
            where.Add("e.type = @type", ("@type", type));
        }

        if (filters.State is { } state)
        {
            where.Add("e.admin1 = @state", ("@state", state));
        }

        if (filters.Actor is { } actor && AnalystFolds.ActorIds(db, actor) is { } merged)
        {
            // Entities an analyst merged are one actor: the events of each.
            where.Add($"e.id IN (SELECT event_id FROM web_event_keys WHERE key IN ({db.Dialect.ValuesOf("@actorKeys")}))", ("@actorKeys", Sql.JsonArray(merged.Select(id => "a:" + id))));
        }
        else if (filters.Actor is { } one)
        {
            where.Add(KeyCondition(db, "@actorKey", "a:" + one), ("@actorKey", "a:" + one));
        }

        if (filters.Language is { } language)
        {
            where.Add(KeyCondition(db, "@languageKey", "l:" + language), ("@languageKey", "l:" + language));
        }

        return where;
    }

    private static string KeyCondition(WorkbenchDb db, string parameter, string key)
        => Sql.Count(db, "SELECT COALESCE(SUM(events), 0) FROM web_event_cells WHERE key = @key", values: ("@key", key)) > LargeKey
            ? $"EXISTS (SELECT 1 FROM web_event_keys k WHERE k.key = {parameter} AND k.event_id = e.id)"
            : $"e.id IN (SELECT event_id FROM web_event_keys WHERE key = {parameter})";

    /// <summary>Conditions on documents aliased d (no join needed: corpus links are subqueries on the document's seq).</summary>
    public static SqlWhere Documents(WorkbenchDb db, Filters filters)
    {
        var where = new SqlWhere();
        if (filters.From is { } from)
        {
            where.Add("d.published >= @from", ("@from", from));
        }

        if (filters.To is { } to)
        {
            where.Add("d.published <= @to", ("@to", to));
        }

        if (filters.Language is { } language)
        {
            where.Add("d.language = @language", ("@language", language));
        }

        if (filters.Actor is { } actor)
        {
            var (condition, value) = ActorCondition(db, actor);
            where.Add($"d.seq IN (SELECT cd.seq FROM corpus_entity_documents ced JOIN corpus_documents cd ON cd.document_id = ced.document_id WHERE {condition})", value);
        }

        if (StateOrType(filters) is { } facet)
        {
            where.Add("d.seq IN (SELECT seq FROM web_document_facets WHERE key = @facet)", ("@facet", facet));
        }

        return where;
    }

    /// <summary>Conditions on corpus_stories aliased s.</summary>
    public static SqlWhere Stories(WorkbenchDb db, Filters filters)
    {
        var where = new SqlWhere();
        if (filters.From is { } from)
        {
            where.Add("s.last_published >= @from", ("@from", from));
        }

        if (filters.To is { } to)
        {
            where.Add("s.first_published <= @to", ("@to", to));
        }

        if (filters.Language is { } language)
        {
            where.Add("(',' || s.languages || ',') LIKE @languageList", ("@languageList", $"%,{language},%"));
        }

        if (filters.Actor is { } actor)
        {
            var (condition, value) = ActorCondition(db, actor);
            where.Add($"s.id IN (SELECT cd.story_id FROM corpus_entity_documents ced JOIN corpus_documents cd ON cd.document_id = ced.document_id WHERE {condition})", value);
        }

        if (StateOrType(filters) is { } facet)
        {
            where.Add("s.id IN (SELECT story_id FROM web_story_facets WHERE key = @facet)", ("@facet", facet));
        }

        return where;
    }

    /// <summary>The documents' entity (ced.entity_id) is the actor, or one of the entities an analyst merged with it.</summary>
    private static (string Condition, (string Name, object? Value) Value) ActorCondition(WorkbenchDb db, string actor)
        => AnalystFolds.ActorIds(db, actor) is { } merged
            ? ($"ced.entity_id IN ({db.Dialect.ValuesOf("@actors")})", ("@actors", Sql.JsonArray(merged)))
            : ("ced.entity_id = @actor", ("@actor", actor));

    /// <summary>The facet key of the state and type filters, null when neither is given.</summary>
    private static string? StateOrType(Filters filters)
        => filters.State is null && filters.Type is null ? null : FacetKeys.Key(filters.State, filters.Type);
}
