using System.Text.Json;
using Atalaya.Storage;
using Atalaya.Storage.Alerts;

namespace Atalaya.Watch;

/// <summary>What one delivery pass did: alerts POSTed to their webhooks, and POSTs that failed (tried again later).</summary>
public sealed record DeliveryTotals(int Delivered, int Failed)
{
    public static DeliveryTotals None { get; } = new(0, 0);
}

/// <summary>
/// The one way alerts reach their webhooks, for every command and request that stores documents (the
/// store raises the alerts; whoever has stored then calls this): each alert not delivered yet is
/// claimed in the database, so that two processes never POST it twice at once, POSTed as JSON with the
/// watch's User-Agent, timeouts and retries, and recorded as delivered or failed (a failed one is tried
/// again by the next pass, <see cref="AlertBook.MaxDeliveryAttempts"/> times at most).
/// </summary>
public sealed class AlertDelivery : IDisposable
{
    private readonly PoliteHttp http;
    private readonly bool ownsHttp;

    public AlertDelivery(WatchOptions options)
        : this(new PoliteHttp(options), ownsHttp: true)
    {
    }

    internal AlertDelivery(PoliteHttp http, bool ownsHttp)
    {
        this.http = http;
        this.ownsHttp = ownsHttp;
    }

    /// <summary>POSTs the undelivered alerts of the database (whoever raised them), oldest first.</summary>
    /// <param name="report">Told one line per failed POST.</param>
    /// <exception cref="StoreException">The database cannot be opened.</exception>
    public async Task<DeliveryTotals> DeliverAsync(string database, Action<string> report, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var book = AlertBook.Open(database);
        int delivered = 0, failed = 0;
        foreach (var entry in book.Undelivered(DateTimeOffset.UtcNow))
        {
            if (!Uri.TryCreate(entry.Webhook, UriKind.Absolute, out var hook) || !book.ClaimDelivery(entry, DateTimeOffset.UtcNow))
            {
                continue;
            }

            var json = JsonSerializer.Serialize(WebhookPayload.From(entry), WatchJsonContext.Default.WebhookPayload);
            var error = await http.PostJsonAsync(hook, json, cancellation).ConfigureAwait(false);
            book.RecordDelivery(entry, error, DateTimeOffset.UtcNow);
            if (error is null)
            {
                delivered++;
            }
            else
            {
                failed++;
                report($"alert '{entry.Alert}': webhook {Visible(hook)}: {error}");
            }
        }

        return new DeliveryTotals(delivered, failed);
    }

    /// <summary>Delivers, as <see cref="DeliverAsync"/>, from synchronous code (a command line, a worker's loop).</summary>
    public DeliveryTotals Deliver(string database, Action<string> report, CancellationToken cancellation)
        => DeliverAsync(database, report, cancellation).GetAwaiter().GetResult();

    /// <summary>A webhook as messages show it: scheme, host, port and path, never its query (which often carries a token).</summary>
    private static string Visible(Uri hook) => hook.GetLeftPart(UriPartial.Path);

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }
}
