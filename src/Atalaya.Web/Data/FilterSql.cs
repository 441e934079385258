using Atalaya.Web.Api;

namespace Atalaya.Web.Data;

/// <summary>
/// The common filters as SQL conditions. Events filter on their own date; documents and stories on
/// their publication dates, and on type, state and actor through the events and entities they report.
/// </summary>
internal static class FilterSql
{
    /// <summary>Conditions on web_events (the narrow copy of corpus_events) aliased e.</summary>
    public static SqlWhere Events(Filters filters, bool withDates = true)
    {
        var where = new SqlWhere();
        if (withDates && filters.From is { } from)
        {
            where.Add("e.date >= $from", ("$from", from));
        }

        if (withDates && filters.To is { } to)
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
            where.Add("e.id IN (SELECT event_id FROM corpus_event_actors WHERE entity_id = $actor)", ("$actor", actor));
        }

        if (filters.Language is { } language)
        {
            where.Add("e.id IN (SELECT event_id FROM corpus_event_documents WHERE language = $language)", ("$language", language));
        }

        return where;
    }

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

        if (EventOnly(filters) is { } events)
        {
            where.Add($"d.seq IN (SELECT cd.seq FROM web_events e JOIN corpus_event_documents ed ON ed.event_id = e.id JOIN corpus_documents cd ON cd.document_id = ed.document_id {events})");
            events.CopyParametersTo(where);
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

        if (EventOnly(filters) is { } events)
        {
            where.Add($"s.id IN (SELECT e.story_id FROM web_events e {events})");
            events.CopyParametersTo(where);
        }

        return where;
    }

    /// <summary>The type and state filters as event conditions, or null when neither is given.</summary>
    private static SqlWhere? EventOnly(Filters filters)
        => filters.Type is null && filters.State is null
            ? null
            : Events(filters with { From = null, To = null, Actor = null, Language = null }, withDates: false);
}
