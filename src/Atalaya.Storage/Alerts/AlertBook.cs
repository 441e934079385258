using System.Data.Common;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Storage.Sources;

namespace Atalaya.Storage.Alerts;

/// <summary>
/// Saved questions over events and the alerts they raised, kept in the database. After each
/// consolidation <see cref="Evaluate"/> looks at the events the newly consolidated documents touched:
/// one that matches a question for the first time raises a new alert; one already alerted whose
/// fatalities changed (another report merged into it) raises an update, never a second new alert.
/// A question looks only at documents consolidated after it was saved.
/// </summary>
public sealed class AlertBook : IDisposable
{
    /// <summary>POSTs of one alert to its webhook before it is given up.</summary>
    public const int MaxDeliveryAttempts = 5;

    /// <summary>How long a claimed delivery is another process's: longer than a POST with its retries takes.</summary>
    public static readonly TimeSpan DeliveryClaim = TimeSpan.FromMinutes(10);

    private const string EntryColumns = """
        x.id, a.name, x.kind, x.raised, x.fatalities, x.previous_fatalities, x.title, x.summary, a.webhook, x.delivered, x.delivery_error
        """;

    private readonly MonitoringDb db;

    private AlertBook(MonitoringDb db) => this.db = db;

    public string Display => db.Display;

    /// <exception cref="StoreException">The database cannot be opened.</exception>
    public static AlertBook Open(string location) => new(MonitoringDb.Open(location));

    /// <summary>Opens the alerts of a database whose store was opened already (by a workbench server at its start): for reads per request.</summary>
    public static AlertBook OpenForReading(string location) => new(MonitoringDb.Open(location, upToDate: true));

    /// <summary>Saves a question; null when one of that name exists.</summary>
    public Alert? Add(string name, AlertConditions conditions, string? webhook, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(conditions);
        var inserted = db.Execute(
            """
            INSERT INTO alerts(name, conditions, query, webhook, created, since_event_seq)
            VALUES (@name, @conditions, @query, @webhook, @now, (SELECT COALESCE(MAX(seq), 0) FROM corpus_documents))
            ON CONFLICT(name) DO NOTHING
            """,
            ("@name", name),
            ("@conditions", conditions.Where()),
            ("@query", conditions.Query),
            ("@webhook", webhook),
            ("@now", SourceRegistry.Stamp(now)));
        return inserted == 0 ? null : Find(name);
    }

    public bool Remove(string name)
    {
        using var transaction = db.Begin();
        var id = Find(name)?.Id;
        if (id is null)
        {
            return false;
        }

        foreach (var table in new[] { "alert_entries", "alert_seen" })
        {
            using var delete = db.Command($"DELETE FROM {table} WHERE alert_id = @id", ("@id", id));
            delete.Transaction = transaction;
            delete.ExecuteNonQuery();
        }

        using var command = db.Command("DELETE FROM alerts WHERE id = @id", ("@id", id));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    public IReadOnlyList<Alert> List() => db.Rows(
        """
        SELECT a.id, a.name, a.conditions, a.query, a.webhook, a.created,
            (SELECT COUNT(*) FROM alert_entries x WHERE x.alert_id = a.id), (SELECT MAX(raised) FROM alert_entries x WHERE x.alert_id = a.id)
        FROM alerts a ORDER BY a.name
        """,
        ReadAlert);

    public Alert? Find(string name) => db.Rows(
        """
        SELECT a.id, a.name, a.conditions, a.query, a.webhook, a.created,
            (SELECT COUNT(*) FROM alert_entries x WHERE x.alert_id = a.id), (SELECT MAX(raised) FROM alert_entries x WHERE x.alert_id = a.id)
        FROM alerts a WHERE a.name = @name
        """,
        ReadAlert,
        ("@name", name)).FirstOrDefault();

    /// <summary>The alerts of one question (or of all when null), newest first.</summary>
    public IReadOnlyList<AlertEntry> Entries(string? name, int limit)
        => name is null
            ? db.Rows($"SELECT {EntryColumns} FROM alert_entries x JOIN alerts a ON a.id = x.alert_id ORDER BY x.id DESC LIMIT @limit", ReadEntry, ("@limit", (long)limit))
            : db.Rows($"SELECT {EntryColumns} FROM alert_entries x JOIN alerts a ON a.id = x.alert_id WHERE a.name = @name ORDER BY x.id DESC LIMIT @limit", ReadEntry, ("@name", name), ("@limit", (long)limit));

    /// <summary>
    /// Alerts whose question has a webhook and that were not delivered yet (nor given up, nor being
    /// POSTed by another process now), oldest first.
    /// </summary>
    public IReadOnlyList<AlertEntry> Undelivered(DateTimeOffset now) => db.Rows(
        $"""
        SELECT {EntryColumns} FROM alert_entries x JOIN alerts a ON a.id = x.alert_id
        WHERE a.webhook IS NOT NULL AND x.delivered IS NULL AND x.delivery_attempts < @most
            AND (x.delivery_claimed IS NULL OR x.delivery_claimed < @stale)
        ORDER BY x.id
        """,
        ReadEntry,
        ("@most", (long)MaxDeliveryAttempts),
        ("@stale", SourceRegistry.Stamp(now - DeliveryClaim)));

    /// <summary>
    /// Takes one delivery attempt of the alert for this process: false when another process took it
    /// first (or it was delivered meanwhile). A claim not recorded within <see cref="DeliveryClaim"/>
    /// (its process was killed while POSTing) lapses, and the alert is tried again.
    /// </summary>
    public bool ClaimDelivery(AlertEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return db.Execute(
            """
            UPDATE alert_entries SET delivery_claimed = @now, delivery_attempts = delivery_attempts + 1
            WHERE id = @id AND delivered IS NULL AND delivery_attempts < @most AND (delivery_claimed IS NULL OR delivery_claimed < @stale)
            """,
            ("@now", SourceRegistry.Stamp(now)),
            ("@id", entry.Id),
            ("@most", (long)MaxDeliveryAttempts),
            ("@stale", SourceRegistry.Stamp(now - DeliveryClaim))) == 1;
    }

    /// <summary>Records a claimed POST to the webhook: delivered, or the reason it failed (tried again later).</summary>
    public void RecordDelivery(AlertEntry entry, string? error, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        db.Execute(
            "UPDATE alert_entries SET delivered = @delivered, delivery_error = @error, delivery_claimed = NULL WHERE id = @id",
            ("@delivered", error is null ? SourceRegistry.Stamp(now) : null),
            ("@error", error),
            ("@id", entry.Id));
    }

    /// <summary>
    /// Raises the alerts of the documents consolidated since the last evaluation, over the connection of
    /// the store that consolidated them: every store calls this after each of its consolidations (see
    /// RelationalStore), whichever command or request stored the documents, holding the consolidation
    /// lock so that two processes never raise the same alert. Nothing to do (no question, or every
    /// question evaluated up to the last consolidated document) costs one query.
    /// </summary>
    internal static IReadOnlyList<AlertEntry> RaiseAfterConsolidation(DbConnection connection, string display, DateTimeOffset now)
    {
        using var book = new AlertBook(MonitoringDb.Borrow(connection, display));
        return book.IsBehind() ? book.Evaluate(now) : [];
    }

    /// <summary>Whether a question has not looked at every consolidated document yet (nothing to raise otherwise).</summary>
    internal static bool IsBehind(DbConnection connection, string display)
    {
        using var book = new AlertBook(MonitoringDb.Borrow(connection, display));
        return book.IsBehind();
    }

    private bool IsBehind()
        => db.Scalar("SELECT COUNT(*) FROM alerts WHERE since_event_seq < (SELECT COALESCE(MAX(seq), 0) FROM corpus_documents)") > 0;

    /// <summary>
    /// Raises the alerts of the documents consolidated since the last evaluation: new matches, and
    /// updates of alerted events whose fatalities changed. Returns them in the order raised.
    /// </summary>
    private IReadOnlyList<AlertEntry> Evaluate(DateTimeOffset now)
    {
        var raised = new List<long>();
        var latest = db.Scalar("SELECT COALESCE(MAX(seq), 0) FROM corpus_documents");
        foreach (var alert in db.Rows("SELECT id, conditions, query, since_event_seq FROM alerts ORDER BY id", r => (Id: r.GetInt64(0), Conditions: AlertConditions.Parse(r.GetString(1), MonitoringDb.Text(r, 2)), Since: r.GetInt64(3))))
        {
            using var transaction = db.Begin();
            foreach (var facts in TouchedEvents(alert.Since, latest, transaction))
            {
                var reported = facts.Event;
                var seen = Seen(alert.Id, reported.Id, transaction);
                if (seen.Found)
                {
                    var previous = seen.Fatalities;
                    if (previous != reported.Fatalities
                        && Run(transaction, "UPDATE alert_seen SET fatalities = @now WHERE alert_id = @alert AND event_id = @event AND COALESCE(fatalities, -1) = @before", ("@now", reported.Fatalities), ("@alert", alert.Id), ("@event", reported.Id), ("@before", (long)(previous ?? -1))) == 1)
                    {
                        raised.Add(Raise(alert.Id, facts, AlertKind.Update, previous, now, transaction));
                    }
                }
                else if (AlertMatching.Matches(alert.Conditions, facts)
                    && Run(transaction, "INSERT INTO alert_seen(alert_id, event_id, fatalities) VALUES (@alert, @event, @fatalities) ON CONFLICT DO NOTHING", ("@alert", alert.Id), ("@event", reported.Id), ("@fatalities", reported.Fatalities)) == 1)
                {
                    raised.Add(Raise(alert.Id, facts, AlertKind.New, null, now, transaction));
                }
            }

            Run(transaction, "UPDATE alerts SET since_event_seq = @latest WHERE id = @id AND since_event_seq < @latest", ("@latest", latest), ("@id", alert.Id));
            transaction.Commit();
        }

        if (raised.Count == 0)
        {
            return [];
        }

        var wanted = raised.ToHashSet();
        return [.. Entries(null, raised.Count + 1000).Where(e => wanted.Contains(e.Id)).OrderBy(e => e.Id)];
    }

    public void Dispose() => db.Dispose();

    /// <summary>Whether the event was alerted for this question, and the fatalities it had then.</summary>
    private (bool Found, int? Fatalities) Seen(long alert, string eventId, DbTransaction transaction)
    {
        using var command = db.Command("SELECT fatalities FROM alert_seen WHERE alert_id = @alert AND event_id = @event", ("@alert", alert), ("@event", eventId));
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        return reader.Read() ? (true, (int?)MonitoringDb.Integer(reader, 0)) : (false, null);
    }

    /// <summary>The events the documents consolidated after <paramref name="since"/> (up to <paramref name="latest"/>) report, with their actors and articles.</summary>
    private List<EventFacts> TouchedEvents(long since, long latest, DbTransaction transaction)
    {
        var events = Query(
            transaction,
            """
            SELECT e.json FROM corpus_events e
            WHERE e.id IN (SELECT ced.event_id FROM corpus_event_documents ced JOIN corpus_documents cd ON cd.document_id = ced.document_id
                           WHERE cd.seq > @since AND cd.seq <= @latest)
            ORDER BY e.seq
            """,
            r => JsonSerializer.Deserialize(r.GetString(0), ContractJsonContext.Default.ContractEvent)!,
            ("@since", since),
            ("@latest", latest));
        return [.. events.Select(reported => new EventFacts(reported, Actors(reported.Id, transaction), Articles(reported.Id, transaction)))];
    }

    private List<ActorNames> Actors(string eventId, DbTransaction transaction) => Query(
        transaction,
        "SELECT en.json FROM corpus_event_actors a JOIN corpus_entities en ON en.id = a.entity_id WHERE a.event_id = @event",
        r =>
        {
            var entity = JsonSerializer.Deserialize(r.GetString(0), ContractJsonContext.Default.ContractEntity)!;
            return new ActorNames(entity.Id, entity.Name, entity.Aliases);
        },
        ("@event", eventId));

    private List<EventArticle> Articles(string eventId, DbTransaction transaction) => Query(
        transaction,
        """
        SELECT cd.document_id, d.title, d.text, d.url, d.source, d.language, d.published
        FROM corpus_event_documents ced JOIN corpus_documents cd ON cd.document_id = ced.document_id JOIN documents d ON d.seq = cd.seq
        WHERE ced.event_id = @event ORDER BY cd.seq
        """,
        r => new EventArticle(r.GetString(0), MonitoringDb.Text(r, 1), r.GetString(2), MonitoringDb.Text(r, 3), r.GetString(4), r.GetString(5), MonitoringDb.Text(r, 6)),
        ("@event", eventId));

    private long Raise(long alert, EventFacts facts, AlertKind kind, int? previous, DateTimeOffset now, DbTransaction transaction)
    {
        var reported = facts.Event;
        var summary = new AlertEvent(
            reported.Id,
            reported.Type,
            reported.Subtype,
            reported.Date,
            reported.Location?.Country,
            reported.Location?.Admin1,
            reported.Location?.Place,
            reported.Fatalities,
            [.. facts.Articles.Select(a => new AlertDocument(a.Id, a.Title, a.Url, a.Source, a.Language, a.Published))]);
        return Query(
            transaction,
            """
            INSERT INTO alert_entries(alert_id, event_id, kind, raised, fatalities, previous_fatalities, title, summary)
            VALUES (@alert, @event, @kind, @now, @fatalities, @previous, @title, @summary) RETURNING id
            """,
            r => r.GetInt64(0),
            ("@alert", alert),
            ("@event", reported.Id),
            ("@kind", kind == AlertKind.New ? "new" : "update"),
            ("@now", SourceRegistry.Stamp(now)),
            ("@fatalities", reported.Fatalities),
            ("@previous", previous),
            ("@title", AlertMatching.Title(reported, kind, previous)),
            ("@summary", JsonSerializer.Serialize(summary, AlertJsonContext.Default.AlertEvent)))[0];
    }

    private int Run(DbTransaction transaction, string sql, params (string Name, object? Value)[] values)
    {
        using var command = db.Command(sql, values);
        command.Transaction = transaction;
        return command.ExecuteNonQuery();
    }

    private List<T> Query<T>(DbTransaction transaction, string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] values)
    {
        using var command = db.Command(sql, values);
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static Alert ReadAlert(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        AlertConditions.Parse(r.GetString(2), MonitoringDb.Text(r, 3)),
        MonitoringDb.Text(r, 4),
        r.GetString(5),
        MonitoringDb.Integer(r, 6) ?? 0,
        MonitoringDb.Text(r, 7));

    private static AlertEntry ReadEntry(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2) == "update" ? AlertKind.Update : AlertKind.New,
        r.GetString(3),
        (int?)MonitoringDb.Integer(r, 4),
        (int?)MonitoringDb.Integer(r, 5),
        r.GetString(6),
        JsonSerializer.Deserialize(r.GetString(7), AlertJsonContext.Default.AlertEvent)!,
        MonitoringDb.Text(r, 8),
        MonitoringDb.Text(r, 9),
        MonitoringDb.Text(r, 10));
}
