using Atalaya.Storage;
using Atalaya.Storage.Alerts;
using Atalaya.Watch;

namespace Atalaya.Cli.Running;

/// <summary>
/// What 'ingest' and 'worker' do with the alerts their consolidations raised (the store raises them,
/// as it does for every consolidation): one line each on standard error, then the webhooks POSTed by
/// the watch's deliverer, which also retries earlier alerts that failed. Nothing raised, nothing
/// posted: a run that raised no alert never waits for a webhook.
/// </summary>
internal static class RaisedAlerts
{
    /// <returns>Alerts announced.</returns>
    public static int Announce(IReadOnlyList<AlertEntry> raised, string database, ErrorLog errors, CancellationToken cancellation)
    {
        foreach (var entry in raised)
        {
            errors.Note($"atalaya: alert '{SafeText.Visible(entry.Alert)}': {SafeText.Visible(entry.Title)}");
        }

        if (raised.Count == 0 || !raised.Any(e => e.Webhook is not null))
        {
            return raised.Count;
        }

        try
        {
            using var delivery = new AlertDelivery(new WatchOptions());
            delivery.Deliver(database, line => errors.Warn(line), cancellation);
        }
        catch (StoreException error)
        {
            // The alerts are kept undelivered: the next run (a watch, an ingest, a worker) POSTs them.
            errors.Warn($"alerts: {error.Message}; their webhooks are tried again by the next run");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping: the alerts not posted are kept for the next run.
        }

        return raised.Count;
    }
}
