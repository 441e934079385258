namespace Atalaya.Cli.Running;

/// <summary>
/// How a worker takes its work: <paramref name="Batch"/> documents per lease of <paramref name="Lease"/>,
/// a document given up (dead) after <paramref name="MaxAttempts"/> failed attempts.
/// </summary>
internal sealed record WorkerOptions(int Batch, TimeSpan Lease, int MaxAttempts, int? Threads, TimeSpan? DocumentBudget)
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(60);

    public const int DefaultBatch = 50;

    public const int DefaultAttempts = 3;

    /// <summary>How long a worker that lost the server tries to connect again before giving up.</summary>
    public TimeSpan ReconnectFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Consolidate after each batch, on a thread of its own (when no other process is), and before ending.</summary>
    public bool Consolidate { get; init; } = true;
}

/// <summary>What one worker did.</summary>
internal sealed record WorkerTotals(int Batches, int Stored, int AlreadyStored, int Retried, int Dead, int Fenced, StageFailureTally StageFailures)
{
    /// <summary>Where the worker's time went: analyzing, writing batches, consolidating, waiting for work.</summary>
    public WorkerTimes Times { get; init; } = new();

    public string Describe(string name) =>
        $"atalaya: worker {name}: {Batches} batches, {Stored} stored, {AlreadyStored} already stored, {Retried} returned to the queue, {Dead} dead, {Fenced} fenced (lease lost){(StageFailures.Describe() is { } failed ? $"; {failed}" : "")}; {Times}";
}

/// <summary>Time spent per activity, for the summary line (what a benchmark of the queue needs to explain its figures).</summary>
internal sealed class WorkerTimes
{
    public System.Diagnostics.Stopwatch Analysis { get; } = new();

    public System.Diagnostics.Stopwatch Writes { get; } = new();

    public System.Diagnostics.Stopwatch Consolidation { get; } = new();

    public System.Diagnostics.Stopwatch Waiting { get; } = new();

    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"analysis {Analysis.Elapsed.TotalSeconds:0.0} s, writes {Writes.Elapsed.TotalSeconds:0.0} s, consolidation {Consolidation.Elapsed.TotalSeconds:0.0} s, waiting {Waiting.Elapsed.TotalSeconds:0.0} s");
}
