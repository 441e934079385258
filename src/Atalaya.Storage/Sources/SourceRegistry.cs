using System.Data.Common;
using System.Globalization;

namespace Atalaya.Storage.Sources;

/// <summary>
/// The sources a database follows and the item URLs met in them, for 'atalaya sources' and 'atalaya
/// watch'. A source that keeps failing waits longer before its next poll (its interval doubled per
/// failure in a row, up to <see cref="LongestBackOff"/>); an item URL once stored, found to repeat
/// stored content or refused by robots.txt is never fetched again.
/// </summary>
public sealed class SourceRegistry : IDisposable
{
    /// <summary>Polls of an item URL that failed before it is given up.</summary>
    public const int MaxItemAttempts = 3;

    /// <summary>The longest wait of a failing source: it is still tried daily, so a site that comes back is followed again.</summary>
    public static readonly TimeSpan LongestBackOff = TimeSpan.FromDays(1);

    private const string Columns = "id, url, name, every_seconds, added, next_due, kind, outlet, etag, last_modified, last_polled, last_success, last_error, last_error_at, failures, items_stored";

    private readonly MonitoringDb db;

    private SourceRegistry(MonitoringDb db) => this.db = db;

    /// <summary>The location as messages show it (never with a password).</summary>
    public string Display => db.Display;

    /// <exception cref="StoreException">The database cannot be opened.</exception>
    public static SourceRegistry Open(string location) => new(MonitoringDb.Open(location));

    /// <summary>Follows a source; null when it is followed already (same URL).</summary>
    public WatchedSource? Add(string url, string? name, TimeSpan every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        var inserted = db.Execute(
            """
            INSERT INTO watch_sources(url, name, every_seconds, added, next_due) VALUES (@url, @name, @every, @now, @now)
            ON CONFLICT(url) DO NOTHING
            """,
            ("@url", url),
            ("@name", name),
            ("@every", (long)every.TotalSeconds),
            ("@now", Stamp(now)));
        return inserted == 0 ? null : Find(url);
    }

    public IReadOnlyList<WatchedSource> List() => db.Rows($"SELECT {Columns} FROM watch_sources ORDER BY id", Read);

    /// <summary>The source with this URL, id or name; null when none.</summary>
    public WatchedSource? Find(string urlIdOrName)
    {
        ArgumentNullException.ThrowIfNull(urlIdOrName);
        var byUrl = db.Rows($"SELECT {Columns} FROM watch_sources WHERE url = @key OR name = @key ORDER BY url = @key DESC, id", Read, ("@key", urlIdOrName));
        if (byUrl.Count > 0)
        {
            return byUrl[0];
        }

        return long.TryParse(urlIdOrName, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? db.Rows($"SELECT {Columns} FROM watch_sources WHERE id = @id", Read, ("@id", id)).FirstOrDefault()
            : null;
    }

    /// <summary>Stops following a source; its stored articles stay. False when no source has that URL, id or name.</summary>
    public bool Remove(string urlIdOrName)
    {
        if (Find(urlIdOrName) is not { } source)
        {
            return false;
        }

        db.Execute("DELETE FROM watch_sitemaps WHERE source_id = @id", ("@id", source.Id));
        db.Execute("DELETE FROM watch_sources WHERE id = @id", ("@id", source.Id));
        return true;
    }

    /// <summary>The sources whose next poll is due at <paramref name="now"/>, the longest waiting first.</summary>
    public IReadOnlyList<WatchedSource> Due(DateTimeOffset now)
        => db.Rows($"SELECT {Columns} FROM watch_sources WHERE next_due <= @now ORDER BY next_due, id", Read, ("@now", Stamp(now)));

    /// <summary>When the next source is due; null when none is followed.</summary>
    public DateTimeOffset? NextDue()
    {
        var next = db.Rows("SELECT MIN(next_due) FROM watch_sources", r => MonitoringDb.Text(r, 0)).FirstOrDefault();
        return next is null ? null : DateTimeOffset.Parse(next, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    /// <summary>
    /// Whether an item URL needs no fetch: stored, same content as a stored one, refused by robots.txt,
    /// or failed <see cref="MaxItemAttempts"/> times.
    /// </summary>
    public bool IsSettled(string url)
        => db.Scalar(
            "SELECT COUNT(*) FROM watch_items WHERE url = @url AND (status <> @failed OR attempts >= @most)",
            ("@url", url),
            ("@failed", Status(ItemStatus.Failed)),
            ("@most", (long)MaxItemAttempts)) > 0;

    /// <summary>Records a poll: a success resets the failures and schedules the next one; a failure backs off further.</summary>
    public void RecordPoll(WatchedSource source, SourcePoll poll, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(poll);
        if (poll.Error is null)
        {
            db.Execute(
                """
                UPDATE watch_sources SET last_polled = @now, last_success = @now, failures = 0, next_due = @next,
                    kind = COALESCE(@kind, kind), outlet = COALESCE(@outlet, outlet), etag = COALESCE(@etag, etag),
                    last_modified = COALESCE(@modified, last_modified), items_stored = items_stored + @stored
                WHERE id = @id
                """,
                ("@now", Stamp(now)),
                ("@next", Stamp(now + source.Every)),
                ("@kind", poll.Kind),
                ("@outlet", poll.Outlet),
                ("@etag", poll.ETag),
                ("@modified", poll.LastModified),
                ("@stored", (long)poll.ItemsStored),
                ("@id", source.Id));
            return;
        }

        db.Execute(
            """
            UPDATE watch_sources SET last_polled = @now, last_error = @error, last_error_at = @now, failures = failures + 1,
                next_due = @next, items_stored = items_stored + @stored
            WHERE id = @id
            """,
            ("@now", Stamp(now)),
            ("@error", poll.Error),
            ("@next", Stamp(now + BackOff(source.Every, source.Failures + 1))),
            ("@stored", (long)poll.ItemsStored),
            ("@id", source.Id));
    }

    /// <summary>The wait after <paramref name="failures"/> failed polls in a row: the interval doubled per failure, at most a day.</summary>
    public static TimeSpan BackOff(TimeSpan every, int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures, 0, 16));
        var wait = TimeSpan.FromSeconds(every.TotalSeconds * factor);
        return wait > LongestBackOff ? (every > LongestBackOff ? every : LongestBackOff) : wait;
    }

    /// <summary>Records what became of the item URLs of one poll (a failed one counts an attempt).</summary>
    public void RecordItems(WatchedSource source, IReadOnlyCollection<WatchedItem> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }

        using var transaction = db.Begin();
        foreach (var item in items)
        {
            using var command = db.Command(
                """
                INSERT INTO watch_items(url, source_id, content_hash, status, attempts, first_seen, last_attempt, error)
                VALUES (@url, @source, @hash, @status, 1, @now, @now, @error)
                ON CONFLICT(url) DO UPDATE SET content_hash = COALESCE(excluded.content_hash, watch_items.content_hash),
                    status = excluded.status, attempts = watch_items.attempts + 1, last_attempt = excluded.last_attempt, error = excluded.error
                """,
                ("@url", item.Url),
                ("@source", source.Id),
                ("@hash", item.ContentHash),
                ("@status", Status(item.Status)),
                ("@now", Stamp(now)),
                ("@error", item.Error));
            command.Transaction = transaction;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The validators (ETag, Last-Modified) remembered for the child sitemaps of a sitemap index, by the child's URL.</summary>
    public IReadOnlyDictionary<string, SitemapValidators> Sitemaps(WatchedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return db.Rows(
            "SELECT url, etag, last_modified FROM watch_sitemaps WHERE source_id = @id",
            r => (Url: r.GetString(0), Validators: new SitemapValidators(MonitoringDb.Text(r, 1), MonitoringDb.Text(r, 2))),
            ("@id", source.Id))
            .ToDictionary(p => p.Url, p => p.Validators, StringComparer.Ordinal);
    }

    /// <summary>
    /// Remembers the validators of the child sitemaps one poll read (a child without any is forgotten:
    /// its next poll asks for all of it), and forgets the children the index no longer lists.
    /// </summary>
    public void RecordSitemaps(WatchedSource source, IReadOnlyCollection<ChildSitemap> read, IReadOnlyCollection<string> listed)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(listed);
        using var transaction = db.Begin();
        var still = listed.ToHashSet(StringComparer.Ordinal);
        var known = new List<string>();
        using (var select = db.Command("SELECT url FROM watch_sitemaps WHERE source_id = @id", ("@id", source.Id)))
        {
            select.Transaction = transaction;
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                known.Add(reader.GetString(0));
            }
        }

        foreach (var child in read.Where(c => c.Validators.IsEmpty).Select(c => c.Url).Concat(known.Where(url => !still.Contains(url))))
        {
            Run(transaction, "DELETE FROM watch_sitemaps WHERE source_id = @id AND url = @url", ("@id", source.Id), ("@url", child));
        }

        foreach (var child in read.Where(c => !c.Validators.IsEmpty))
        {
            Run(
                transaction,
                """
                INSERT INTO watch_sitemaps(source_id, url, etag, last_modified) VALUES (@id, @url, @etag, @modified)
                ON CONFLICT(source_id, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified
                """,
                ("@id", source.Id),
                ("@url", child.Url),
                ("@etag", child.Validators.ETag),
                ("@modified", child.Validators.LastModified));
        }

        transaction.Commit();
    }

    private void Run(DbTransaction transaction, string sql, params (string Name, object? Value)[] values)
    {
        using var command = db.Command(sql, values);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>Item URLs recorded for a source, per status (for 'sources list' and tests).</summary>
    public IReadOnlyDictionary<ItemStatus, long> ItemCounts(WatchedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return db.Rows("SELECT status, COUNT(*) FROM watch_items WHERE source_id = @id GROUP BY status", r => (Parse(r.GetString(0)), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)), ("@id", source.Id))
            .ToDictionary(p => p.Item1, p => p.Item2);
    }

    public void Dispose() => db.Dispose();

    /// <summary>UTC to the second, sortable as text (the form of every time in the store).</summary>
    public static string Stamp(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Status(ItemStatus status) => status switch
    {
        ItemStatus.Stored => "stored",
        ItemStatus.SameContent => "same_content",
        ItemStatus.Refused => "refused",
        _ => "failed",
    };

    private static ItemStatus Parse(string status) => status switch
    {
        "stored" => ItemStatus.Stored,
        "same_content" => ItemStatus.SameContent,
        "refused" => ItemStatus.Refused,
        _ => ItemStatus.Failed,
    };

    private static WatchedSource Read(DbDataReader r) => new(
        MonitoringDb.Integer(r, 0) ?? 0,
        r.GetString(1),
        MonitoringDb.Text(r, 2),
        TimeSpan.FromSeconds(MonitoringDb.Integer(r, 3) ?? 0),
        r.GetString(4),
        r.GetString(5),
        MonitoringDb.Text(r, 6),
        MonitoringDb.Text(r, 7),
        MonitoringDb.Text(r, 8),
        MonitoringDb.Text(r, 9),
        MonitoringDb.Text(r, 10),
        MonitoringDb.Text(r, 11),
        MonitoringDb.Text(r, 12),
        MonitoringDb.Text(r, 13),
        (int)(MonitoringDb.Integer(r, 14) ?? 0),
        MonitoringDb.Integer(r, 15) ?? 0);
}
