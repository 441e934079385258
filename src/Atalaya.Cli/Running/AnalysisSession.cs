using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Cli.Running;

/// <summary>What one run read: documents analyzed, inputs that failed, bytes consumed, stages that failed, and what folder walks left out.</summary>
internal sealed record RunTotals(int Documents, int Failures, int Skipped, long Bytes, StageFailureTally StageFailures, IReadOnlyList<SkippedInput> SkippedInputs)
{
    /// <summary>"; 2 documents with a failed stage: events ×2" for the end of a summary line, or nothing.</summary>
    public string StageFailureSuffix => StageFailures.Describe() is { } failed ? $"; {failed}" : "";

    /// <summary>The exit code of a run that read documents: with --strict, a failed stage makes it non-zero.</summary>
    public int ExitCode(bool strict) => strict && StageFailures.Documents > 0 ? ExitCodes.StageFailed : ExitCodes.Success;
}

/// <summary>
/// The part every command shares: resources loaded once, the standard pipeline, reading inputs,
/// analyzing them in parallel, reporting every failure with its source, and progress.
/// </summary>
internal sealed class AnalysisSession
{
    private AnalysisSession(AtalayaResources resources)
    {
        Resources = resources;
        Pipeline = StandardPipeline.Create(resources, InjectedStageFault.FromEnvironment());
    }

    public AtalayaResources Resources { get; }

    public AnalysisPipeline Pipeline { get; }

    public static AnalysisSession Load(string? dataDirectory) => new(AtalayaResources.Load(dataDirectory));

    public RunTotals Run(
        IReadOnlyList<string> paths,
        RunOptions options,
        ErrorLog errors,
        Action<RunItem> onItem,
        Func<IngestItem, bool>? skip = null,
        CancellationToken cancellation = default)
    {
        var skippedInputs = new List<SkippedInput>();
        var reader = new DocumentReader(new IngestOptions { MaxDocumentBytes = options.MaxDocumentBytes }, onSkipped: skip =>
        {
            skippedInputs.Add(skip);
            if (options.Verbose)
            {
                errors.Note(SkipSummary.Line(skip));
            }
        });
        var total = paths.Contains(DocumentReader.StandardInput) ? 0 : DocumentReader.TotalBytes(paths);
        return ProgressDisplay.Run(options.Label, total, errors, progress =>
        {
            int documents = 0, failures = 0, skipped = 0;
            long bytes = 0;
            var stageFailures = new StageFailureTally();
            var items = Timed(reader.Read(paths, cancellation), options.Timings).Select(item =>
            {
                progress.Read(item.Bytes);
                return item;
            });
            foreach (var item in ParallelRunner.Run(items, Pipeline, options.Threads, skip: skip, cancellation: cancellation, documentBudget: options.DocumentBudget))
            {
                var input = item.Input;
                bytes += input.Bytes;
                if (input.Failure is { } failure)
                {
                    failures++;
                    errors.Report(failure.Source, failure.Reason);
                }
                else if (item.Result is null)
                {
                    skipped++;
                    documents++;
                }
                else
                {
                    documents++;
                    stageFailures.Add(item.Result.Failures);
                    foreach (var stageFailure in item.Result.Failures)
                    {
                        errors.Report(stageFailure.Source, $"stage '{stageFailure.Stage}' failed on document '{stageFailure.DocumentId}': {stageFailure.Reason}");
                    }
                }

                onItem(item);
                progress.Advance(input.Bytes, input.Document is null ? 0 : 1);
            }

            return new RunTotals(documents, failures, skipped, bytes, stageFailures, skippedInputs);
        });
    }

    /// <summary>The inputs, the time taken to read each counted in <paramref name="timings"/> when given.</summary>
    private static IEnumerable<IngestItem> Timed(IEnumerable<IngestItem> items, PhaseTimings? timings)
    {
        if (timings is null)
        {
            foreach (var item in items)
            {
                yield return item;
            }

            yield break;
        }

        using var reading = items.GetEnumerator();
        while (true)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var more = reading.MoveNext();
            timings.AddRead(start);
            if (!more)
            {
                yield break;
            }

            yield return reading.Current;
        }
    }
}

/// <param name="Verbose">Print a line for every file or folder a folder walk leaves out, not only their count.</param>
internal sealed record RunOptions(string Label, int? Threads, long MaxDocumentBytes, bool Verbose = false)
{
    /// <summary>How long the analysis of one document may take (see --doc-timeout); null for no limit.</summary>
    public TimeSpan? DocumentBudget { get; init; } = CommonOptions.Budget(CommonOptions.DefaultDocumentSeconds);

    /// <summary>Where the time goes (--timings), or null when not asked.</summary>
    public PhaseTimings? Timings { get; init; }
}
