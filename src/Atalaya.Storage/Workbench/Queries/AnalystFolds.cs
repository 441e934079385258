using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// The merges analysts made that stand (not undone by a split), by the current ids: which event shows under which
/// (its sources added to the one kept), which entity under which. A merge names its events by their source spans and
/// its entities by knowledge-base id or type and name (see <see cref="MergeQueries"/>), so it is found again here
/// after ingest or a rebuild gave them other ids. Read per request: merges are an analyst's work, a few rows.
/// </summary>
internal sealed class AnalystFolds
{
    private static readonly AnalystFolds None = new([], []);

    private readonly Dictionary<string, List<string>> eventMembers;
    private readonly Dictionary<string, List<string>> entityMembers;

    private AnalystFolds(Dictionary<string, string> events, Dictionary<string, string> entities)
    {
        Events = events;
        Entities = entities;
        eventMembers = Members(events);
        entityMembers = Members(entities);
    }

    /// <summary>Each event merged into another, by current id: the id it shows under (the end of a chain of merges).</summary>
    public IReadOnlyDictionary<string, string> Events { get; }

    /// <summary>Each entity merged into another, by current id: the id it shows under.</summary>
    public IReadOnlyDictionary<string, string> Entities { get; }

    public bool IsEmpty => Events.Count == 0 && Entities.Count == 0;

    public string EventRoot(string id) => Events.GetValueOrDefault(id, id);

    public string EntityRoot(string id) => Entities.GetValueOrDefault(id, id);

    /// <summary>The events merged into the event (none for most).</summary>
    public IReadOnlyList<string> EventMembers(string id) => eventMembers.GetValueOrDefault(id) ?? [];

    /// <summary>The entities merged into the entity (none for most).</summary>
    public IReadOnlyList<string> EntityMembers(string id) => entityMembers.GetValueOrDefault(id) ?? [];

    public static AnalystFolds Read(WorkbenchDb db)
    {
        var merges = Sql.Rows(
            db,
            $"""
            SELECT a.action, a.kept_key, a.merged_key FROM review_actions a
            WHERE a.action IN ('{ReviewActions.MergeEvents}', '{ReviewActions.MergeEntities}')
              AND NOT EXISTS (SELECT 1 FROM review_actions s WHERE s.undoes = a.id)
            ORDER BY a.id
            """,
            r => (Action: r.GetString(0), Kept: r.GetString(1), Merged: r.GetString(2)));
        if (merges.Count == 0)
        {
            return None;
        }

        var eventMerges = merges.Where(m => m.Action == ReviewActions.MergeEvents).ToList();
        var spans = EventsBySpan(db, eventMerges.SelectMany(m => SpanKeys.Parse(m.Kept).Concat(SpanKeys.Parse(m.Merged))));
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, kept, merged) in eventMerges)
        {
            if (SpanKeys.Parse(kept).Select(k => spans.GetValueOrDefault(k)).OfType<string>().FirstOrDefault() is not { } keptId)
            {
                continue;
            }

            foreach (var mergedId in SpanKeys.Parse(merged).Select(k => spans.GetValueOrDefault(k)).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Link(events, mergedId, keptId);
            }
        }

        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, kept, merged) in merges.Where(m => m.Action == ReviewActions.MergeEntities))
        {
            if (EntityKeys.Find(db, kept) is { } keptId && EntityKeys.Find(db, merged) is { } mergedId)
            {
                Link(entities, mergedId, keptId);
            }
        }

        return new AnalystFolds(Roots(events), Roots(entities));
    }

    /// <summary>
    /// The entity ids an actor filter stands for when an analyst merged entities into it (it and those merged into
    /// it; for an id merged away, the one it shows as and its others), null when none was: the pre-counted cells of
    /// one actor then answer no more, the events of all of them are selected.
    /// </summary>
    public static List<string>? ActorIds(WorkbenchDb db, string actor)
    {
        if (Sql.Row(db, $"SELECT kept_id FROM review_actions WHERE action = '{ReviewActions.MergeEntities}' LIMIT 1", r => r.GetString(0)) is null)
        {
            return null;
        }

        var folds = Read(db);
        var root = folds.EntityRoot(actor);
        var members = folds.EntityMembers(root);
        return members.Count == 0 ? null : [root, .. members];
    }

    /// <summary>The current event of each source span ("document#start-end"), read per document (an index probe each).</summary>
    public static Dictionary<string, string> EventsBySpan(WorkbenchDb db, IEnumerable<string> keys)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in keys.Distinct(StringComparer.Ordinal).GroupBy(SpanKeys.DocumentOf, StringComparer.Ordinal))
        {
            var events = Sql.Rows(
                db,
                "SELECT c.json FROM corpus_event_documents ed JOIN corpus_events c ON c.id = ed.event_id WHERE ed.document_id = @document ORDER BY c.seq",
                r => ContractRows.Event(r, 0),
                values: ("@document", document.Key));
            var wanted = document.ToHashSet(StringComparer.Ordinal);
            foreach (var @event in events)
            {
                foreach (var key in ReviewQueries.KeysOf(@event).Where(wanted.Contains))
                {
                    found.TryAdd(key, @event.Id);
                }
            }
        }

        return found;
    }

    /// <summary>Folds <paramref name="merged"/> into <paramref name="kept"/> unless that would close a circle (a rebuild can make the same events of two merges).</summary>
    private static void Link(Dictionary<string, string> parents, string merged, string kept)
    {
        if (merged == kept || parents.ContainsKey(merged) || Root(parents, kept) == merged)
        {
            return;
        }

        parents[merged] = kept;
    }

    private static string Root(Dictionary<string, string> parents, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parents.TryGetValue(id, out var parent) && seen.Add(id))
        {
            id = parent;
        }

        return id;
    }

    private static Dictionary<string, string> Roots(Dictionary<string, string> parents)
        => parents.Keys.ToDictionary(id => id, id => Root(parents, id), StringComparer.Ordinal);

    private static Dictionary<string, List<string>> Members(IReadOnlyDictionary<string, string> roots)
        => roots.GroupBy(r => r.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
}

/// <summary>An event's source spans as a merge keeps them: a JSON array of "document#start-end".</summary>
internal static class SpanKeys
{
    public static string Of(ContractEvent @event) => Sql.JsonArray(ReviewQueries.KeysOf(@event).Order(StringComparer.Ordinal));

    public static List<string> Parse(string json)
        => System.Text.Json.JsonSerializer.Deserialize(json, WorkbenchJsonContext.Default.StringArray)?.ToList() ?? [];

    public static string DocumentOf(string key) => key[..Math.Max(0, key.LastIndexOf('#'))];
}

/// <summary>
/// An entity as a merge keeps it: its type and name, and its knowledge-base id when it has one ("PER|Name" or
/// "kb:Q123|ORG|Name"). Found again as the first corpus entity of that knowledge-base id (its id is stable whatever
/// its corpus id and name), else of that type and name, else of that type with the name among its aliases (a name
/// the corpus wrote out in full after more documents came). The name is read through the index of names.
/// </summary>
internal static class EntityKeys
{
    public static string Of(ContractEntity entity)
        => (entity.KbId is { Length: > 0 } kb ? "kb:" + kb + "|" : "") + entity.Type + "|" + entity.Name;

    public static string? Find(WorkbenchDb db, string key)
    {
        var parts = key.Split('|', 3);
        var (kb, type, name) = parts.Length == 3 && parts[0].StartsWith("kb:", StringComparison.Ordinal)
            ? (parts[0][3..], parts[1], parts[2])
            : (null, parts[0], key[(parts[0].Length + 1)..]);
        if (kb is not null)
        {
            return Sql.Row(db, $"SELECT n.id FROM corpus_entities n WHERE {db.Dialect.EntityNamed("@name")} AND n.kb_id = @kb ORDER BY n.seq LIMIT 1", r => r.GetString(0), values: [("@name", name), ("@kb", kb)])
                ?? Sql.Row(db, "SELECT n.id FROM corpus_entities n WHERE n.kb_id = @kb ORDER BY n.seq LIMIT 1", r => r.GetString(0), values: ("@kb", kb));
        }

        return Sql.Row(db, $"SELECT n.id FROM corpus_entities n WHERE {db.Dialect.EntityNamed("@name")} AND n.type = @type ORDER BY n.seq LIMIT 1", r => r.GetString(0), values: [("@name", name), ("@type", type)])
            ?? Sql.Row(
                db,
                "SELECT n.id FROM web_names w JOIN corpus_entities n ON n.id = w.entity_id WHERE w.name = @name AND n.type = @type ORDER BY n.seq LIMIT 1",
                r => r.GetString(0),
                values: [("@name", name), ("@type", type)]);
    }
}
