using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// The stored corpus as analysts left it, for 'atalaya export': events merged into another leave the list (their
/// sources are the kept one's), corrections apply, every reviewed event carries its review; entities merged into
/// another leave the entity list and lend it their names as aliases. A database nobody reviewed is returned as read.
/// </summary>
internal static class ReviewedCorpus
{
    public static ContractCorpus Of(WorkbenchDb db, ContractCorpus corpus)
    {
        if (Sql.Count(db, "SELECT COUNT(*) FROM event_reviews") == 0 && Sql.Count(db, "SELECT COUNT(*) FROM review_actions") == 0)
        {
            return corpus;
        }

        var folds = AnalystFolds.Read(db);
        var (events, reviews) = ReviewedEvents.Of(db, folds, [.. corpus.Events.Where(e => !folds.Events.ContainsKey(e.Id))]);
        foreach (var @event in events)
        {
            @event.Review = reviews.GetValueOrDefault(@event.Id);
        }

        corpus.Events = events;
        if (folds.Entities.Count > 0)
        {
            var byId = corpus.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var (merged, kept) in folds.Entities)
            {
                if (byId.TryGetValue(merged, out var gone) && byId.TryGetValue(kept, out var entity))
                {
                    entity.Aliases = [.. entity.Aliases.Concat([gone.Name, .. gone.Aliases]).Where(a => a != entity.Name).Distinct(StringComparer.Ordinal)];
                }
            }

            corpus.Entities = [.. corpus.Entities.Where(e => !folds.Entities.ContainsKey(e.Id))];
        }

        return corpus;
    }
}
