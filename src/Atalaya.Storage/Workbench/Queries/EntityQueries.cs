using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Corpus entities: found by name or alias, and one entity with its events, co-actors, claims and conflicts.</summary>
internal static class EntityQueries
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static PageOf<EntityListItem> Page(WorkbenchDb db, string? text, string? type, Paging paging)
    {
        if (type is not null && !Types.Contains(type, StringComparer.Ordinal))
        {
            throw new InvalidQueryException("type", $"'{type}' is not one of {string.Join(", ", Types)}");
        }

        var where = new SqlWhere();
        if (text is not null)
        {
            var (condition, values) = db.Dialect.NameContains("n.id", text);
            where.Add(condition, values);
        }

        if (type is not null)
        {
            where.Add("n.type = @type", ("@type", type));
        }

        // Entities merged into another are listed as that one, which counts their events and documents too.
        var folds = AnalystFolds.Read(db);
        if (folds.Entities.Count > 0)
        {
            where.Add($"n.id NOT IN ({db.Dialect.ValuesOf("@folded")})", ("@folded", Sql.JsonArray(folds.Entities.Keys)));
        }

        var total = Sql.Count(db, $"SELECT COUNT(*) FROM corpus_entities n {where}", where);
        var items = Sql.Rows(
            db,
            $"""
            SELECT n.json,
                COALESCE((SELECT events FROM web_actor_counts WHERE key = '' AND entity_id = n.id), 0) AS events,
                (SELECT COUNT(*) FROM corpus_entity_documents WHERE entity_id = n.id) AS documents
            FROM corpus_entities n {where} ORDER BY n.seq LIMIT @limit OFFSET @offset
            """,
            r =>
            {
                var e = ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractEntity);
                return new EntityListItem(e.Id, e.Type, e.Name, e.Aliases, e.Kb, e.Geo, e.KbId, e.Kind, r.GetInt64(1), r.GetInt64(2));
            },
            where,
            ("@limit", paging.PageSize),
            ("@offset", paging.Offset));
        return new PageOf<EntityListItem>(total, paging.Page, paging.PageSize, folds.Entities.Count == 0 ? items : [.. items.Select(i => EntityMerge.Counted(db, folds, i))]);
    }

    /// <summary>Entities whose name or an alias contains the words (ignoring case and accents, see <see cref="NameFolding"/>), up to a limit.</summary>
    public static List<EntityHit> Matching(WorkbenchDb db, string text, int limit)
    {
        var (condition, values) = db.Dialect.NameContains("n.id", text);
        return Sql.Rows(
            db,
            $"SELECT n.id, n.name, n.type, n.kind FROM corpus_entities n WHERE {condition} ORDER BY length(n.name), n.seq LIMIT @limit",
            r => new EntityHit(r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3)),
            values: [.. values, ("@limit", limit)]);
    }

    /// <summary>
    /// One entity: what it is (name, aliases, claims, conflicts: never filtered) and, under the filters, its
    /// events, their months and the actors it shares them with.
    /// </summary>
    public static EntityDetail? One(WorkbenchDb db, string id, Filters filters)
    {
        // An entity an analyst merged into another shows as that one, and that one with everything of both.
        var folds = AnalystFolds.Read(db);
        var root = folds.EntityRoot(id);
        var kept = Alone(db, root, filters);
        if (kept is null)
        {
            return null;
        }

        var members = folds.EntityMembers(root).Select(m => Alone(db, m, filters)).OfType<EntityDetail>().ToList();
        var detail = members.Count == 0 ? kept : EntityMerge.Combine(db, kept, members);
        return folds.IsEmpty && !HasReviews(db) ? detail : detail with
        {
            Events = Reviewed(db, folds, detail.Events),
            EventsAt = Reviewed(db, folds, detail.EventsAt),
            EventsMentioning = Reviewed(db, folds, detail.EventsMentioning),
        };
    }

    /// <summary>Events as analysts left them (corrected, merged, their actors' entities folded), those merged into another left out.</summary>
    private static List<ContractEvent> Reviewed(WorkbenchDb db, AnalystFolds folds, IReadOnlyList<ContractEvent> events)
        => ReviewedEvents.Of(db, folds, [.. events.Where(e => !folds.Events.ContainsKey(e.Id))]).Events;

    private static bool HasReviews(WorkbenchDb db) => Sql.Row(db, "SELECT event_key FROM event_reviews LIMIT 1", r => r.GetString(0)) is not null;

    private static EntityDetail? Alone(WorkbenchDb db, string id, Filters filters)
    {
        var entity = Sql.Row(
            db,
            "SELECT json FROM corpus_entities WHERE id = @id",
            r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractEntity),
            values: ("@id", id));
        if (entity is null)
        {
            return null;
        }

        var where = EntityEventFilters(db, filters);
        const string Acted = "SELECT DISTINCT event_id FROM corpus_event_actors WHERE entity_id = @id";
        var byMonth = Sql.Rows(
            db,
            $"SELECT substr(e.date, 1, 7) AS month, COUNT(*) FROM web_events e WHERE e.id IN ({Acted}) AND length(e.date) >= 7 {where.And} GROUP BY month ORDER BY month",
            r => new MonthCount(r.GetString(0), r.GetInt64(1)),
            where,
            ("@id", id));
        var events = Sql.Rows(
            db,
            $"SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id WHERE e.id IN ({Acted}) {where.And} ORDER BY e.date DESC NULLS LAST, e.{db.Dialect.RowOrder} DESC LIMIT 100",
            r => ContractRows.Event(r, 0),
            where,
            ("@id", id));
        // Under filters, each event is read (to test them) only once it has another actor: a join in the
        // order written keeps SQLite from reading every event of the entity first, when most events have a single named actor.
        var coActors = Sql.Rows(
            db,
            $"""
            SELECT b.entity_id, n.name, n.kind, COUNT(DISTINCT b.event_id) AS events
            FROM corpus_event_actors a
            {(where.IsEmpty ? "JOIN" : db.Dialect.OrderedJoin)} corpus_event_actors b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id
            {(where.IsEmpty ? "" : db.Dialect.OrderedJoin + " web_events e ON e.id = a.event_id")}
            JOIN corpus_entities n ON n.id = b.entity_id
            WHERE a.entity_id = @id {where.And} GROUP BY b.entity_id, n.name, n.kind ORDER BY events DESC, b.entity_id LIMIT 25
            """,
            r => new ActorCount(r.GetString(0), r.GetString(1), r.Text(2), r.GetInt64(3)),
            where,
            ("@id", id));
        var claims = Sql.Rows(
            db,
            "SELECT json FROM corpus_claims WHERE subject = @id ORDER BY seq",
            r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractClaim),
            values: ("@id", id));
        var conflicts = Sql.Rows(
            db,
            "SELECT json FROM corpus_conflicts WHERE subject = @id ORDER BY seq",
            r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractConflict),
            values: ("@id", id));
        var (documentCount, documents) = EntityHubQueries.Documents(db, id);
        return new EntityDetail(
            entity,
            byMonth,
            events,
            coActors,
            claims,
            conflicts,
            EntityHubQueries.EventsAt(db, entity, where),
            EntityHubQueries.EventsMentioning(db, id, where),
            documentCount,
            documents,
            EntityHubQueries.CoMentions(db, id),
            []);
    }

    /// <summary>
    /// The filters as conditions on the entity's events (web_events e). Those events are found through the
    /// entity's actor rows and each read by id, so every condition is a test on one row: date, type and state
    /// as on /api/events, and actor and language as EXISTS probes of one index entry per event. The IN lists of
    /// FilterSql would first gather every event of the language or actor (tens of thousands on a large corpus)
    /// however few events the entity has; the probes cost what the entity's own events cost.
    /// </summary>
    private static SqlWhere EntityEventFilters(WorkbenchDb db, Filters filters)
    {
        var where = FilterSql.Events(db, filters with { Actor = null, Language = null });
        if (filters.Actor is { } actor)
        {
            where.Add("EXISTS (SELECT 1 FROM corpus_event_actors x WHERE x.entity_id = @actor AND x.event_id = e.id)", ("@actor", actor));
        }

        if (filters.Language is { } language)
        {
            where.Add("EXISTS (SELECT 1 FROM corpus_event_documents d WHERE d.language = @language AND d.event_id = e.id)", ("@language", language));
        }

        return where;
    }
}
