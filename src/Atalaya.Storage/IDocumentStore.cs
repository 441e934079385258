using Atalaya.Core.Contract;

namespace Atalaya.Storage;

/// <summary>
/// Where analyzed documents live. The content hash is the key: the same text is stored once
/// however often it is ingested. Writes go through an <see cref="IIngestRun"/>.
/// </summary>
public interface IDocumentStore : IDisposable
{
    bool Contains(string contentHash);

    IIngestRun BeginRun(string description);

    /// <summary>Stored documents (contract shape, text included) in the order they were first stored.</summary>
    IEnumerable<ContractDocument> Documents();

    IEnumerable<FailedSource> FailedSources();

    /// <summary>Analysis stages that failed (or were skipped after a failure) on stored documents, in the order recorded.</summary>
    IEnumerable<FailedStage> FailedStages();

    /// <summary>
    /// Writes the corpus rows (duplicates, entities, events, stories, claims, conflicts) of the
    /// documents stored since the last consolidation; nothing when the corpus tables are up to date.
    /// </summary>
    void Consolidate();

    /// <summary>
    /// The alerts that this store's consolidations raised (saved questions that new events answer)
    /// since the last call, in the order raised; each consolidation raises them, whoever asked for it.
    /// </summary>
    IReadOnlyList<Alerts.AlertEntry> TakeRaisedAlerts();

    /// <summary>The consolidated corpus as stored (brought up to date first): what a batch build of all stored documents gives.</summary>
    ContractCorpus Corpus(bool includeText);

    StoreSummary Summary();
}

/// <summary>
/// One ingest run. Documents are committed in transactions of a bounded size: a crash or kill
/// loses at most the open transaction and never touches what was committed before.
/// </summary>
public interface IIngestRun : IDisposable
{
    /// <summary>
    /// Stores a document, with the analysis stages that failed on it, in one transaction; false
    /// (and nothing recorded) when the same content is already stored.
    /// </summary>
    bool Add(ContractDocument document, IReadOnlyList<StageFailureRecord>? stageFailures = null);

    void AddFailure(string source, string reason);

    /// <summary>Counts a document that was not analyzed because its content is already stored.</summary>
    void NoteKnown();

    /// <summary>Commits what is pending and marks the run completed.</summary>
    void Complete();
}

public sealed record FailedSource(long Run, string Source, string Reason, string At);

/// <summary>A stage failure as the ingest reports it; <paramref name="Skipped"/>: the stage did not run because an earlier one failed.</summary>
public sealed record StageFailureRecord(string DocumentId, string Source, string Stage, string Reason, bool Skipped);

public sealed record FailedStage(long Run, string ContentHash, StageFailureRecord Failure, string At);

/// <summary>
/// What a database holds. <paramref name="FailedStages"/>: stages that threw, per stage name;
/// <paramref name="DocumentsWithFailedStages"/>: the stored documents they threw on.
/// </summary>
public sealed record StoreSummary(
    int Documents,
    int FailedSources,
    int Runs,
    IReadOnlyDictionary<string, int> Languages,
    int DocumentsWithFailedStages,
    IReadOnlyDictionary<string, int> FailedStages);
