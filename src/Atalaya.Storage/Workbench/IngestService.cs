using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;

namespace Atalaya.Storage.Workbench;

/// <summary>
/// The one way analyzed documents enter a database, for 'atalaya ingest', 'atalaya demo' and
/// POST /api/documents alike: each document stored with the analysis stages that failed on it, then
/// the corpus consolidated, which keeps the workbench's tables current in the same write.
/// </summary>
public sealed class IngestService(IDocumentStore store)
{
    public bool IsStored(string contentHash) => store.Contains(contentHash);

    /// <summary>A run that stores documents as they come and consolidates them when completed.</summary>
    public IngestBatch Begin(string description) => new(store, store.BeginRun(description));

    /// <summary>
    /// Stores one document (analyzed by <paramref name="analyze"/> only when its content is new) and
    /// consolidates; true when it was new. A document already stored is consolidated all the same, as
    /// after an ingest, so that a run stopped before consolidating catches up.
    /// </summary>
    public bool AddOne(SourceDocument source, Func<SourceDocument, AnalysisResult> analyze, string description)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(analyze);
        var created = false;
        if (!store.Contains(source.ContentHash))
        {
            using var batch = Begin(description);
            created = batch.Add(analyze(source));
            batch.Complete();
        }
        else
        {
            store.Consolidate();
        }

        return created;
    }
}
