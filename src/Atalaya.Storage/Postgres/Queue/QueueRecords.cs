using Atalaya.Core.Contract;
using Atalaya.Core.Documents;

namespace Atalaya.Storage.Postgres.Queue;

/// <summary>One submitted document to analyze. <paramref name="Attempts"/> counts this one.</summary>
public sealed record QueueJob(long Id, long RunId, long Attempts, SourceDocument Document);

/// <summary>
/// Jobs claimed together: they are the holder's while <paramref name="Token"/> is theirs and the lease
/// has not expired; a write with a token that no longer holds is refused (the holder was fenced).
/// </summary>
public sealed record QueueLease(Guid Token, IReadOnlyList<QueueJob> Jobs);

/// <summary>
/// What a worker made of one job: the analyzed document (with the stages that failed on it), or the
/// reason it could not analyze it (the job is tried again, or dead after its last attempt).
/// </summary>
public sealed record JobOutcome(long JobId, ContractDocument? Document, IReadOnlyList<StageFailureRecord> StageFailures, string? Error)
{
    public static JobOutcome Analyzed(long jobId, ContractDocument document, IReadOnlyList<StageFailureRecord> stageFailures) => new(jobId, document, stageFailures, null);

    public static JobOutcome Failed(long jobId, string error) => new(jobId, null, [], error);
}

/// <summary>
/// The end of a lease. <paramref name="Accepted"/> false: the lease no longer held (it expired and the
/// jobs went back to the queue), nothing was written. <paramref name="AlreadyStored"/>: analyzed
/// documents whose content another writer had stored meanwhile (counted, not stored twice).
/// </summary>
public sealed record CompletionResult(bool Accepted, int Stored, int AlreadyStored, int Retried, int Dead);

/// <summary>What the queue holds and who worked on it.</summary>
public sealed record QueueStatus(
    long Queued,
    long Running,
    long Done,
    long Dead,
    long ExpiredLeases,
    IReadOnlyList<QueueWorkerSeen> Workers,
    IReadOnlyList<DeadJob> DeadJobs);

/// <summary>A worker process as the queue last saw it (it registers at start and on every batch and renewal).</summary>
public sealed record QueueWorkerSeen(string Name, DateTimeOffset Started, DateTimeOffset LastSeen, long Batches, long Done, long Failed, long Fenced);

/// <summary>A document that failed on every attempt, with its last error.</summary>
public sealed record DeadJob(string Source, string DocumentId, long Attempts, string Error);

/// <summary>Jobs of one submission by state (an ingest waits for its own).</summary>
public sealed record RunProgress(long Queued, long Running, long Done, long Dead)
{
    public bool Finished => Queued == 0 && Running == 0;
}

/// <summary>What a submission did: documents queued, content already stored or queued, inputs that failed.</summary>
public sealed record SubmissionTotals(long RunId, int Queued, int Known, int Failures);
