using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// Entities an analyst merged, as their page and the entity list show them: the kept entity's name and fields, the
/// other's names as aliases, the events, documents, claims and co-occurring entities of both, counted once each.
/// </summary>
internal static class EntityMerge
{
    public static EntityDetail Combine(WorkbenchDb db, EntityDetail kept, IReadOnlyList<EntityDetail> members)
    {
        var all = new[] { kept }.Concat(members).ToList();
        var ids = all.Select(d => d.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var entity = kept.Entity;
        entity.Aliases = [.. entity.Aliases.Concat(members.SelectMany(m => m.Entity.Aliases.Prepend(m.Entity.Name))).Where(a => a != entity.Name).Distinct(StringComparer.Ordinal)];
        var events = Latest(all.SelectMany(d => d.Events));
        var acted = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new EntityDetail(
            entity,
            [.. all.SelectMany(d => d.EventsByMonth).GroupBy(m => m.Month, StringComparer.Ordinal).Select(g => new MonthCount(g.Key, g.Sum(m => m.Events))).OrderBy(m => m.Month, StringComparer.Ordinal)],
            events,
            [.. all.SelectMany(d => d.CoActors).Where(a => !ids.Contains(a.Entity)).GroupBy(a => a.Entity, StringComparer.Ordinal)
                .Select(g => g.First() with { Events = g.Sum(a => a.Events) }).OrderByDescending(a => a.Events).ThenBy(a => a.Entity, StringComparer.Ordinal)],
            [.. all.SelectMany(d => d.Claims)],
            [.. all.SelectMany(d => d.Conflicts)],
            Latest(all.SelectMany(d => d.EventsAt)),
            Latest(all.SelectMany(d => d.EventsMentioning).Where(e => !acted.Contains(e.Id))),
            Documents(db, ids),
            [.. all.SelectMany(d => d.Documents).DistinctBy(d => d.Id).OrderByDescending(d => d.Published, StringComparer.Ordinal)],
            [.. all.SelectMany(d => d.CoMentions).Where(c => !ids.Contains(c.Entity)).GroupBy(c => c.Entity, StringComparer.Ordinal)
                .Select(g => g.First() with { Documents = g.Sum(c => c.Documents) }).OrderByDescending(c => c.Documents).ThenBy(c => c.Entity, StringComparer.Ordinal).Take(25)],
            [.. members.Select(m => m.Entity.Id)]);
    }

    /// <summary>A list row of an entity others were merged into, with the events and documents of all of them (each once).</summary>
    public static EntityListItem Counted(WorkbenchDb db, AnalystFolds folds, EntityListItem item)
    {
        var members = folds.EntityMembers(item.Id);
        if (members.Count == 0)
        {
            return item;
        }

        var ids = Sql.JsonArray([item.Id, .. members]);
        var names = Sql.Rows(db, $"SELECT name FROM corpus_entities WHERE id IN ({db.Dialect.ValuesOf("@ids")}) ORDER BY seq", r => r.GetString(0), values: ("@ids", ids));
        var events = Sql.Count(db, $"SELECT COUNT(DISTINCT event_id) FROM corpus_event_actors WHERE entity_id IN ({db.Dialect.ValuesOf("@ids")})", values: ("@ids", ids));
        return item with
        {
            Aliases = [.. item.Aliases.Concat(names).Where(a => a != item.Name).Distinct(StringComparer.Ordinal)],
            Events = events,
            Documents = Documents(db, [item.Id, .. members]),
        };
    }

    private static long Documents(WorkbenchDb db, IEnumerable<string> ids)
        => Sql.Count(db, $"SELECT COUNT(DISTINCT document_id) FROM corpus_entity_documents WHERE entity_id IN ({db.Dialect.ValuesOf("@ids")})", values: ("@ids", Sql.JsonArray(ids)));

    private static List<ContractEvent> Latest(IEnumerable<ContractEvent> events)
        => [.. events.DistinctBy(e => e.Id).OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
}
