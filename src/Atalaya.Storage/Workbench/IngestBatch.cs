using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Storage.Alerts;

namespace Atalaya.Storage.Workbench;

/// <summary>One run of <see cref="IngestService"/>: documents committed in bounded transactions, consolidated at <see cref="Complete"/>.</summary>
public sealed class IngestBatch(IDocumentStore store, IIngestRun run) : IDisposable
{
    /// <summary>Stores the analyzed document with its failed stages; false when the same content is already stored.</summary>
    public bool Add(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return run.Add(ContractMapper.ToContract(result), [.. result.Failures.Select(f => new StageFailureRecord(f.DocumentId, f.Source, f.Stage, f.Reason, f.Skipped))]);
    }

    public void AddFailure(string source, string reason) => run.AddFailure(source, reason);

    public void NoteKnown() => run.NoteKnown();

    /// <summary>
    /// Commits the run, then consolidates the new documents (duplicates, entities, events, stories,
    /// claims, conflicts, the workbench's tables) in their own transaction: should it not finish, the
    /// next open catches up. Returns the alerts the consolidation raised (saved questions that the new
    /// events answer), kept in the database too.
    /// </summary>
    public IReadOnlyList<AlertEntry> Complete()
    {
        run.Complete();
        store.Consolidate();
        return store.TakeRaisedAlerts();
    }

    public void Dispose() => run.Dispose();
}
