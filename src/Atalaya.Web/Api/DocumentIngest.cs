using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;
using Atalaya.Watch;
using Atalaya.Web.Json;
using Microsoft.Extensions.Logging;

namespace Atalaya.Web.Api;

/// <summary>What POST /api/documents did: the stored document, and whether it was new.</summary>
internal sealed record IngestOutcome(ContractDocument Document, bool Created);

/// <summary>
/// Analyzes a posted article with the same pipeline as 'atalaya ingest' and hands it to the store's
/// ingest service, as that command does. The language resources load on the first write only (they
/// take seconds); writes are serialized, as SQLite has one writer at a time. The alerts the store's
/// consolidation raises are logged, and POSTed to their webhooks after the answer by the watch's deliverer.
/// </summary>
internal sealed partial class DocumentIngest(WorkbenchOptions options, IWorkbenchQueries queries, ILogger<DocumentIngest> logger) : IDisposable
{
    /// <summary>How long stopping the server waits for a webhook POST in flight (what is not posted is kept for the next pass).</summary>
    private static readonly TimeSpan LastDelivery = TimeSpan.FromSeconds(5);

    private readonly Lazy<AnalysisPipeline> pipeline = new(() => StandardPipeline.Create(AtalayaResources.Load(options.DataDirectory), options.WrapStage));
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lazy<AlertDelivery> delivery = new(() => new AlertDelivery(new WatchOptions()));
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock deliveries = new();
    private Task lastDelivery = Task.CompletedTask;

    public async Task<IngestOutcome> AddAsync(NewDocument body, CancellationToken cancellation)
    {
        await writer.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var source = new SourceDocument
            {
                Id = "",
                Source = body.Source ?? body.Url ?? "api",
                Text = body.Text!,
                Metadata = new SourceMetadata { Url = body.Url, Title = body.Title, Published = body.Published, Format = "text" },
            };

            // The content hash names a posted document, as a file name names an ingested one.
            source = source with { Id = "api-" + source.ContentHash[..12] };
            StoredOne outcome;
            using (var store = DocumentStores.Open(options.DatabasePath))
            {
                outcome = new IngestService(store).AddOne(source, s => pipeline.Value.Analyze(s, cancellation), "api POST /api/documents");
            }

            foreach (var alert in outcome.Alerts)
            {
                LogAlert(logger, alert.Alert, alert.Title);
            }

            if (outcome.Alerts.Any(a => a.Webhook is not null))
            {
                DeliverLater();
            }

            var stored = queries.DocumentByContentHash(source.ContentHash)
                ?? throw new InvalidOperationException($"document {source.Id} is not in the database after it was stored");
            return new IngestOutcome(stored, outcome.Created);
        }
        finally
        {
            writer.Release();
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        Task last;
        lock (deliveries)
        {
            last = lastDelivery;
        }

        // A POST in flight ends with the cancellation; its alert stays undelivered for the next pass. (WhenAny:
        // a pass that failed in a way of its own does not fail the server's stop.)
        Task.WhenAny(last, Task.Delay(LastDelivery)).Wait();
        if (last.IsCompleted)
        {
            stopping.Dispose();
            if (delivery.IsValueCreated)
            {
                delivery.Value.Dispose();
            }
        }

        writer.Dispose();
    }

    /// <summary>
    /// POSTs the alerts to their webhooks after the answer, one pass after another (a POST that waits
    /// for a slow receiver never holds up a request; the delivery claims keep two passes from posting one alert).
    /// </summary>
    private void DeliverLater()
    {
        lock (deliveries)
        {
            lastDelivery = lastDelivery.ContinueWith(
                async _ =>
                {
                    try
                    {
                        await delivery.Value.DeliverAsync(options.DatabasePath, line => LogDeliveryFailure(logger, line), stopping.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                    {
                        // Stopping: kept for the next pass.
                    }
                    catch (StoreException error)
                    {
                        LogDeliveryFailure(logger, error.Message);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default).Unwrap();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "alert '{Alert}': {Title}")]
    private static partial void LogAlert(ILogger logger, string alert, string title);

    [LoggerMessage(Level = LogLevel.Warning, Message = "alerts: {Problem}")]
    private static partial void LogDeliveryFailure(ILogger logger, string problem);
}
