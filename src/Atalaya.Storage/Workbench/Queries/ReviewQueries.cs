using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// Analysts' reviews of events (table event_reviews, one row per action: the audit trail). A review is keyed by a
/// source span of the event (document id and evidence offsets, which ingest and consolidation never change), so
/// it applies to the same event when the event is rebuilt under another id: an event's review is the latest
/// action on any of its spans.
/// </summary>
internal static class ReviewQueries
{
    /// <summary>The key a new review is filed under: the event's first source span (by document, then offset).</summary>
    public static string KeyOf(ContractEvent @event)
        => KeysOf(@event).Order(StringComparer.Ordinal).FirstOrDefault() ?? "event:" + @event.Id;

    /// <summary>Every key that finds the event: one per source span.</summary>
    public static IEnumerable<string> KeysOf(ContractEvent @event)
        => @event.Sources.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Document}#{s.Start}-{s.End}"));

    /// <summary>Files a review action of an event; null when there is no such event.</summary>
    public static EventReview? Record(WorkbenchDb db, string eventId, ReviewRequest request, string key, DateTimeOffset now)
    {
        // An event merged into another is reviewed as that one: its page shows that one.
        var id = AnalystFolds.Read(db).EventRoot(eventId);
        var @event = Sql.Row(db, "SELECT json FROM corpus_events WHERE id = @id", r => ContractRows.Event(r, 0), values: ("@id", id));
        if (@event is null)
        {
            return null;
        }

        var before = Current(db, [@event]).GetValueOrDefault(@event.Id);
        // A status left out keeps the current one; corrections add to those already set.
        var set = Merge(before?.Set, request.Set);
        var after = new EventReview(
            request.Status ?? before?.Status ?? ReviewStatuses.Unreviewed,
            request.Note ?? before?.Note,
            set,
            now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            key,
            request.Reviewer);
        using var command = db.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO event_reviews (event_key, event_id, status, note, set_json, reviewer, key_name, at, before_status, before_note, before_set_json)
            VALUES (@key, @event, @status, @note, @set, @reviewer, @keyName, @at, @beforeStatus, @beforeNote, @beforeSet)
            """;
        Sql.Bind(command, "@key", before is null ? KeyOf(@event) : KeyOfCurrent(db, @event) ?? KeyOf(@event));
        Sql.Bind(command, "@event", @event.Id);
        Sql.Bind(command, "@status", after.Status);
        Sql.Bind(command, "@note", after.Note);
        Sql.Bind(command, "@set", JsonSerializer.Serialize(set, WorkbenchJsonContext.Default.ReviewSet));
        Sql.Bind(command, "@reviewer", after.Reviewer);
        Sql.Bind(command, "@keyName", after.Key);
        Sql.Bind(command, "@at", after.At);
        Sql.Bind(command, "@beforeStatus", before?.Status);
        Sql.Bind(command, "@beforeNote", before?.Note);
        Sql.Bind(command, "@beforeSet", before is null ? null : JsonSerializer.Serialize(before.Set, WorkbenchJsonContext.Default.ReviewSet));
        command.ExecuteNonQuery();
        return after;
    }

    /// <summary>The current review of each of the events that has one (the latest action on any of its spans).</summary>
    public static Dictionary<string, EventReview> Current(WorkbenchDb db, IReadOnlyCollection<ContractEvent> events)
    {
        var reviews = new Dictionary<string, EventReview>(StringComparer.Ordinal);
        var keys = events.SelectMany(KeysOf).ToList();
        if (keys.Count == 0)
        {
            return reviews;
        }

        var latest = Sql.Rows(
            db,
            $"""
            SELECT r.event_key, r.id, r.status, r.note, r.set_json, r.at, r.key_name, r.reviewer FROM event_reviews r
            WHERE r.event_key IN ({db.Dialect.ValuesOf("@keys")}) AND r.id = (SELECT MAX(l.id) FROM event_reviews l WHERE l.event_key = r.event_key)
            """,
            r => (Key: r.GetString(0), Id: r.GetInt64(1), Review: Read(r, 2)),
            values: ("@keys", Sql.JsonArray(keys))).ToDictionary(x => x.Key, StringComparer.Ordinal);
        foreach (var @event in events)
        {
            var found = KeysOf(@event).Select(k => latest.GetValueOrDefault(k)).Where(x => x.Review is not null).OrderByDescending(x => x.Id).FirstOrDefault();
            if (found.Review is not null)
            {
                reviews[@event.Id] = found.Review;
            }
        }

        return reviews;
    }

    /// <summary>
    /// The current status of every reviewed event, by its current id: each key's latest action, found again among
    /// the events of its document (an index probe per reviewed document; reviews are an analyst's work, not millions).
    /// </summary>
    public static Dictionary<string, string> Statuses(WorkbenchDb db)
    {
        var latest = Sql.Rows(
            db,
            "SELECT r.event_key, r.id, r.status FROM event_reviews r WHERE r.id = (SELECT MAX(l.id) FROM event_reviews l WHERE l.event_key = r.event_key)",
            r => (Key: r.GetString(0), Id: r.GetInt64(1), Status: r.GetString(2)));
        var statuses = new Dictionary<string, (long Id, string Status)>(StringComparer.Ordinal);
        foreach (var document in latest.GroupBy(x => x.Key[..Math.Max(0, x.Key.LastIndexOf('#'))], StringComparer.Ordinal))
        {
            var events = Sql.Rows(
                db,
                "SELECT c.json FROM corpus_event_documents ed JOIN corpus_events c ON c.id = ed.event_id WHERE ed.document_id = @document",
                r => ContractRows.Event(r, 0),
                values: ("@document", document.Key));
            foreach (var review in document)
            {
                foreach (var @event in events.Where(e => KeysOf(e).Contains(review.Key, StringComparer.Ordinal)))
                {
                    if (!statuses.TryGetValue(@event.Id, out var known) || known.Id < review.Id)
                    {
                        statuses[@event.Id] = (review.Id, review.Status);
                    }
                }
            }
        }

        return statuses.ToDictionary(s => s.Key, s => s.Value.Status, StringComparer.Ordinal);
    }

    /// <summary>The latest <paramref name="count"/> review actions, latest first (the reviews' part of the audit trail).</summary>
    public static List<ReviewRecord> Latest(WorkbenchDb db, int count)
        => Sql.Rows(
            db,
            """
            SELECT r.id, r.event_id, r.event_key, r.status, r.note, r.set_json, r.at, r.key_name, r.reviewer, r.before_status, r.before_note, r.before_set_json
            FROM event_reviews r ORDER BY r.id DESC LIMIT @limit
            """,
            r => new ReviewRecord(
                r.GetInt64(0),
                ReviewActions.Review,
                r.GetString(1),
                r.GetString(2),
                Read(r, 3),
                r.Text(9) is { } status
                    ? new EventReview(status, r.Text(10), Parse(r.Text(11)), "", "", null)
                    : null),
            values: ("@limit", count));

    /// <summary>
    /// The event as the review corrects it (a copy; the stored event is left as the pipeline read it). Actors set by
    /// name link to the corpus entity of that name in <paramref name="named"/>, else stand by their name alone.
    /// </summary>
    public static ContractEvent Apply(ContractEvent @event, EventReview review, IReadOnlyDictionary<string, NamedEntity>? named = null)
    {
        var set = review.Set;
        if (set.IsEmpty)
        {
            return @event;
        }

        var copy = Copy(@event);
        if (set.Actors is { } actors)
        {
            // ACLED's order: who acts, who is acted on, then those associated with the first.
            copy.Actors = [.. actors.Select((name, i) => named?.GetValueOrDefault(name) is { } entity
                ? new ContractActor { Entity = entity.Id, Role = RoleAt(i), Category = entity.Kind }
                : new ContractActor { Role = RoleAt(i), Name = name })];
        }

        copy.Type = set.Type ?? copy.Type;
        copy.Subtype = set.Subtype ?? copy.Subtype;
        if (set.Date is { } date)
        {
            copy.Date = date;
            copy.DatePrecision = date.Length switch { 10 => "day", 7 => "month", _ => "year" };
        }

        if (set.Place is not null || set.Admin1 is not null)
        {
            copy.Location ??= new ContractLocation();
            copy.Location.Place = set.Place ?? copy.Location.Place;
            copy.Location.Admin1 = set.Admin1 ?? copy.Location.Admin1;
        }

        copy.Fatalities = set.Fatalities ?? copy.Fatalities;
        copy.Injured = set.Injured ?? copy.Injured;
        copy.Arrested = set.Arrested ?? copy.Arrested;
        copy.Kidnapped = set.Kidnapped ?? copy.Kidnapped;
        return copy;
    }

    /// <summary>A deep copy of an event, to correct without touching the one read.</summary>
    public static ContractEvent Copy(ContractEvent @event)
        => ContractRows.Parse(JsonSerializer.Serialize(@event, ContractJsonContext.Default.ContractEvent), ContractJsonContext.Default.ContractEvent);

    private static string RoleAt(int position) => position switch { 0 => "actor1", 1 => "actor2", _ => "assoc_actor_1" };

    private static string? KeyOfCurrent(WorkbenchDb db, ContractEvent @event)
        => Sql.Rows(
            db,
            $"SELECT r.event_key FROM event_reviews r WHERE r.event_key IN ({db.Dialect.ValuesOf("@keys")}) ORDER BY r.id DESC LIMIT 1",
            r => r.GetString(0),
            values: ("@keys", Sql.JsonArray(KeysOf(@event)))).FirstOrDefault();

    private static EventReview Read(System.Data.Common.DbDataReader r, int first)
        => new(r.GetString(first), r.Text(first + 1), Parse(r.Text(first + 2)), r.GetString(first + 3), r.GetString(first + 4), r.Text(first + 5));

    private static ReviewSet Parse(string? json)
        => json is null ? new ReviewSet() : JsonSerializer.Deserialize(json, WorkbenchJsonContext.Default.ReviewSet) ?? new ReviewSet();

    private static ReviewSet Merge(ReviewSet? current, ReviewSet? changes)
        => new()
        {
            Type = changes?.Type ?? current?.Type,
            Subtype = changes?.Subtype ?? current?.Subtype,
            Date = changes?.Date ?? current?.Date,
            Place = changes?.Place ?? current?.Place,
            Admin1 = changes?.Admin1 ?? current?.Admin1,
            Fatalities = changes?.Fatalities ?? current?.Fatalities,
            Injured = changes?.Injured ?? current?.Injured,
            Arrested = changes?.Arrested ?? current?.Arrested,
            Kidnapped = changes?.Kidnapped ?? current?.Kidnapped,
            Actors = changes?.Actors ?? current?.Actors,
        };
}
