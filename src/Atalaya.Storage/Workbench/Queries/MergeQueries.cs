using System.Globalization;
using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// Analysts' merges and splits of events and merges of entities (table review_actions, one row per action) and the
/// audit trail they share with the reviews. A merge keeps what identifies its two sides across a rebuild: an event's
/// source spans (as reviews do), an entity's knowledge-base id or type and name; <see cref="AnalystFolds"/> finds
/// them again. A split is a row naming the merge it undoes; nothing is ever deleted, so the trail is whole.
/// </summary>
internal static class MergeQueries
{
    public static MergeOutcome MergeEvents(WorkbenchDb db, IReadOnlyList<string> ids, string? note, string? reviewer, string key, DateTimeOffset now)
    {
        // Ids merged before stand for the event they show under: merging into it, or it into another.
        var folds = AnalystFolds.Read(db);
        var events = new List<ContractEvent>();
        foreach (var id in ids)
        {
            var @event = Sql.Row(db, "SELECT json FROM corpus_events WHERE id = @id", r => ContractRows.Event(r, 0), values: ("@id", folds.EventRoot(id)));
            if (@event is null)
            {
                return new MergeOutcome(null, NotFound: id);
            }

            events.Add(@event);
        }

        var (kept, merged) = (events[0], events[1]);
        if (kept.Id == merged.Id)
        {
            return new MergeOutcome(null, Refused: $"events {ids[0]} and {ids[1]} are one event already ({kept.Id})");
        }

        if (kept.Sources.Count == 0 || merged.Sources.Count == 0)
        {
            return new MergeOutcome(null, Refused: $"event {(kept.Sources.Count == 0 ? kept.Id : merged.Id)} has no source span to keep the merge by");
        }

        return new MergeOutcome(Insert(db, ReviewActions.MergeEvents, (SpanKeys.Of(kept), kept.Id), (SpanKeys.Of(merged), merged.Id), null, note, reviewer, key, now));
    }

    /// <summary>Undoes the latest merge standing on the event: of another event into it, or (for an id merged away) of it into another.</summary>
    public static MergeOutcome SplitEvent(WorkbenchDb db, string id, string? note, string? reviewer, string key, DateTimeOffset now)
    {
        var folds = AnalystFolds.Read(db);
        var root = folds.EventRoot(id);
        if (Sql.Count(db, "SELECT COUNT(*) FROM corpus_events WHERE id = @id", values: ("@id", root)) == 0)
        {
            return new MergeOutcome(null, NotFound: id);
        }

        var standing = Sql.Rows(
            db,
            $"""
            SELECT a.id, a.kept_key, a.merged_key FROM review_actions a
            WHERE a.action = '{ReviewActions.MergeEvents}' AND NOT EXISTS (SELECT 1 FROM review_actions s WHERE s.undoes = a.id)
            ORDER BY a.id DESC
            """,
            r => (Id: r.GetInt64(0), Kept: r.GetString(1), Merged: r.GetString(2)));
        var spans = AnalystFolds.EventsBySpan(db, standing.SelectMany(m => SpanKeys.Parse(m.Kept).Concat(SpanKeys.Parse(m.Merged))));
        string? Current(string keys) => SpanKeys.Parse(keys).Select(k => spans.GetValueOrDefault(k)).OfType<string>().FirstOrDefault();
        var members = folds.EventMembers(root).ToHashSet(StringComparer.Ordinal);
        foreach (var merge in standing)
        {
            var (keptId, mergedId) = (Current(merge.Kept), Current(merge.Merged));
            if (keptId is null || mergedId is null)
            {
                continue;
            }

            var onIt = id == root ? members.Contains(mergedId) && folds.EventRoot(keptId) == root : mergedId == id;
            if (onIt)
            {
                return new MergeOutcome(Insert(db, ReviewActions.SplitEvent, (merge.Kept, keptId), (merge.Merged, mergedId), merge.Id, note, reviewer, key, now));
            }
        }

        return new MergeOutcome(null, Refused: $"event {id} is no merge of events: there is nothing to split");
    }

    public static MergeOutcome MergeEntities(WorkbenchDb db, IReadOnlyList<string> ids, string? note, string? reviewer, string key, DateTimeOffset now)
    {
        var folds = AnalystFolds.Read(db);
        var entities = new List<ContractEntity>();
        foreach (var id in ids)
        {
            var entity = Sql.Row(
                db, "SELECT json FROM corpus_entities WHERE id = @id", r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractEntity), values: ("@id", folds.EntityRoot(id)));
            if (entity is null)
            {
                return new MergeOutcome(null, NotFound: id);
            }

            entities.Add(entity);
        }

        var (kept, merged) = (entities[0], entities[1]);
        if (kept.Id == merged.Id)
        {
            return new MergeOutcome(null, Refused: $"entities {ids[0]} and {ids[1]} are one entity already ({kept.Id})");
        }

        // Two entities of one type and name (neither in the knowledge base) cannot be told apart again after a rebuild.
        if (EntityKeys.Of(kept) == EntityKeys.Of(merged))
        {
            return new MergeOutcome(null, Refused: $"entities {kept.Id} and {merged.Id} have the same type and name; a merge of them could not be found again after a rebuild");
        }

        return new MergeOutcome(Insert(db, ReviewActions.MergeEntities, (EntityKeys.Of(kept), kept.Id), (EntityKeys.Of(merged), merged.Id), null, note, reviewer, key, now));
    }

    /// <summary>
    /// The audit trail, latest first: reviews and merges in the order they were filed (a merge row keeps the last
    /// review id of its time, so the two tables interleave exactly).
    /// </summary>
    public static PageOf<ReviewRecord> Trail(WorkbenchDb db, Paging paging)
    {
        var total = Sql.Count(db, "SELECT COUNT(*) FROM event_reviews") + Sql.Count(db, "SELECT COUNT(*) FROM review_actions");
        var wanted = paging.Offset + paging.PageSize;
        var reviews = ReviewQueries.Latest(db, wanted).Select(r => (Order: (r.Id, 0, r.Id), Record: r));
        var actions = Sql.Rows(
            db,
            """
            SELECT a.id, a.action, a.kept_id, a.merged_id, a.kept_key, a.undoes, a.note, a.at, a.key_name, a.reviewer, a.reviews_before
            FROM review_actions a ORDER BY a.id DESC LIMIT @limit
            """,
            r => (Order: (r.GetInt64(10), 1, r.GetInt64(0)), Record: new ReviewRecord(
                r.GetInt64(0),
                r.GetString(1),
                r.GetString(1) == ReviewActions.MergeEntities ? null : r.GetString(2),
                r.GetString(1) == ReviewActions.MergeEntities ? null : r.GetString(4),
                null,
                null,
                new MergeRecord(r.GetString(2), r.GetString(3), r.Text(6), r.GetString(7), r.GetString(8), r.Text(9), r.Integer(5)))),
            values: ("@limit", wanted));
        var items = reviews.Concat(actions).OrderByDescending(x => x.Order).Skip(paging.Offset).Take(paging.PageSize).Select(x => x.Record).ToList();
        return new PageOf<ReviewRecord>(total, paging.Page, paging.PageSize, items);
    }

    private static ReviewRecord Insert(
        WorkbenchDb db, string action, (string Key, string Id) kept, (string Key, string Id) merged, long? undoes, string? note, string? reviewer, string key, DateTimeOffset now)
    {
        var at = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        using var command = db.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO review_actions (action, kept_key, merged_key, kept_id, merged_id, undoes, note, reviewer, key_name, at, reviews_before)
            VALUES (@action, @keptKey, @mergedKey, @kept, @merged, @undoes, @note, @reviewer, @keyName, @at, (SELECT COALESCE(MAX(id), 0) FROM event_reviews))
            RETURNING id
            """;
        Sql.Bind(command, "@action", action);
        Sql.Bind(command, "@keptKey", kept.Key);
        Sql.Bind(command, "@mergedKey", merged.Key);
        Sql.Bind(command, "@kept", kept.Id);
        Sql.Bind(command, "@merged", merged.Id);
        Sql.Bind(command, "@undoes", undoes);
        Sql.Bind(command, "@note", note);
        Sql.Bind(command, "@reviewer", reviewer);
        Sql.Bind(command, "@keyName", key);
        Sql.Bind(command, "@at", at);
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        var entity = action == ReviewActions.MergeEntities;
        return new ReviewRecord(id, action, entity ? null : kept.Id, entity ? null : kept.Key, null, null, new MergeRecord(kept.Id, merged.Id, note, at, key, reviewer, undoes));
    }
}
