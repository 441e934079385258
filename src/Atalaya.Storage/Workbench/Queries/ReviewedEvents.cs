using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>A corpus entity an analyst named as an actor: its id and kind (for ACLED's inter codes).</summary>
internal sealed record NamedEntity(string Id, string? Kind);

/// <summary>
/// Events as analysts left them, wherever they are shown (the API, the pages, the exports): each corrected by its
/// review, the sources of the events merged into it added (its own fields kept), its actors' entities shown under the
/// entity they were merged into. The stored events stay as the pipeline read them.
/// </summary>
internal static class ReviewedEvents
{
    public static (List<ContractEvent> Events, Dictionary<string, EventReview> Reviews) Of(WorkbenchDb db, AnalystFolds folds, IReadOnlyList<ContractEvent> events)
    {
        // The reviews of the events as the pipeline read them: a merged event's review stays its own.
        var reviews = ReviewQueries.Current(db, events);
        var named = Named(db, reviews.Values);
        var memberIds = events.SelectMany(e => folds.EventMembers(e.Id)).ToList();
        var members = memberIds.Count == 0
            ? []
            : Sql.Rows(
                db,
                $"SELECT json FROM corpus_events WHERE id IN ({db.Dialect.ValuesOf("@ids")}) ORDER BY seq",
                r => ContractRows.Event(r, 0),
                values: ("@ids", Sql.JsonArray(memberIds))).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var shown = new List<ContractEvent>(events.Count);
        foreach (var @event in events)
        {
            var copy = reviews.TryGetValue(@event.Id, out var review) ? ReviewQueries.Apply(@event, review, named) : @event;
            var merged = folds.EventMembers(@event.Id).Select(members.GetValueOrDefault).OfType<ContractEvent>().ToList();
            if (merged.Count > 0)
            {
                copy = ReferenceEquals(copy, @event) ? ReviewQueries.Copy(@event) : copy;
                var seen = copy.Sources.Select(Span).ToHashSet(StringComparer.Ordinal);
                copy.Sources.AddRange(merged.SelectMany(m => m.Sources).Where(s => seen.Add(Span(s))));
            }

            if (folds.Entities.Count > 0 && copy.Actors.Any(a => a.Entity is { } id && folds.Entities.ContainsKey(id)))
            {
                copy = ReferenceEquals(copy, @event) ? ReviewQueries.Copy(@event) : copy;
                foreach (var actor in copy.Actors.Where(a => a.Entity is not null))
                {
                    actor.Entity = folds.EntityRoot(actor.Entity!);
                }

                // Two actors that are one entity now are one actor.
                copy.Actors = [.. copy.Actors.DistinctBy(a => (a.Entity ?? "\0" + a.Name + "\0" + a.Category, a.Role))];
            }

            shown.Add(copy);
        }

        return (shown, reviews);
    }

    /// <summary>The events ids of the list that show under another (merged into it): to leave out of lists and counts.</summary>
    public static IEnumerable<string> Hidden(AnalystFolds folds) => folds.Events.Keys;

    private static string Span(ContractSource source) => $"{source.Document}#{source.Start}-{source.End}";

    /// <summary>The corpus entities of the names analysts set as actors (the first of each name).</summary>
    private static Dictionary<string, NamedEntity> Named(WorkbenchDb db, IEnumerable<EventReview> reviews)
    {
        var names = reviews.SelectMany(r => r.Set.Actors ?? []).ToList();
        var found = new Dictionary<string, NamedEntity>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return found;
        }

        foreach (var (name, entity) in Sql.Rows(
            db,
            $"SELECT name, id, kind FROM corpus_entities WHERE name IN ({db.Dialect.ValuesOf("@names")}) ORDER BY seq",
            r => (r.GetString(0), new NamedEntity(r.GetString(1), r.Text(2))),
            values: ("@names", Sql.JsonArray(names))))
        {
            found.TryAdd(name, entity);
        }

        return found;
    }
}
