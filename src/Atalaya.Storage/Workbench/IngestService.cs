using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Storage.Alerts;

namespace Atalaya.Storage.Workbench;

/// <summary>
/// The one way analyzed documents enter a database, for 'atalaya ingest', 'atalaya demo' and
/// POST /api/documents alike: each document stored with the analysis stages that failed on it, then
/// the corpus consolidated, which keeps the workbench's tables current in the same write and raises
/// the alerts of saved questions that the new events answer (the store does, after every consolidation).
/// </summary>
public sealed class IngestService(IDocumentStore store)
{
    public bool IsStored(string contentHash) => store.Contains(contentHash);

    /// <summary>A run that stores documents as they come and consolidates them when completed.</summary>
    public IngestBatch Begin(string description) => new(store, store.BeginRun(description));

    /// <summary>
    /// Stores one document (analyzed by <paramref name="analyze"/> only when its content is new) and
    /// consolidates; whether it was new, and the alerts the consolidation raised. A document already
    /// stored is consolidated all the same, as after an ingest, so that a run stopped before
    /// consolidating catches up.
    /// </summary>
    public StoredOne AddOne(SourceDocument source, Func<SourceDocument, AnalysisResult> analyze, string description)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(analyze);
        if (!store.Contains(source.ContentHash))
        {
            using var batch = Begin(description);
            var created = batch.Add(analyze(source));
            return new StoredOne(created, batch.Complete());
        }

        store.Consolidate();
        return new StoredOne(false, store.TakeRaisedAlerts());
    }
}

/// <summary>What <see cref="IngestService.AddOne"/> did: whether the document was new, and the alerts raised (also those of a catch-up).</summary>
public sealed record StoredOne(bool Created, IReadOnlyList<AlertEntry> Alerts);
