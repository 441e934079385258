using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Cli.Running;

/// <summary>What one run read: documents analyzed, inputs that failed, bytes consumed.</summary>
internal sealed record RunTotals(int Documents, int Failures, int Skipped, long Bytes);

/// <summary>
/// The part every command shares: resources loaded once, the standard pipeline, reading inputs,
/// analyzing them in parallel, reporting every failure with its source, and progress.
/// </summary>
internal sealed class AnalysisSession
{
    private AnalysisSession(AtalayaResources resources)
    {
        Resources = resources;
        Pipeline = StandardPipeline.Create(resources);
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
        var reader = new DocumentReader(new IngestOptions { MaxDocumentBytes = options.MaxDocumentBytes });
        var total = paths.Contains(DocumentReader.StandardInput) ? 0 : DocumentReader.TotalBytes(paths);
        return ProgressDisplay.Run(options.Label, total, errors, progress =>
        {
            int documents = 0, failures = 0, skipped = 0;
            long bytes = 0;
            var items = reader.Read(paths, cancellation).Select(item =>
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
                    foreach (var stageFailure in item.Result.Failures)
                    {
                        errors.Report(stageFailure.Source, $"stage '{stageFailure.Stage}' failed on document '{stageFailure.DocumentId}': {stageFailure.Reason}");
                    }
                }

                onItem(item);
                progress.Advance(input.Bytes, input.Document is null ? 0 : 1);
            }

            return new RunTotals(documents, failures, skipped, bytes);
        });
    }
}

internal sealed record RunOptions(string Label, int? Threads, long MaxDocumentBytes)
{
    /// <summary>How long the analysis of one document may take (see --doc-timeout); null for no limit.</summary>
    public TimeSpan? DocumentBudget { get; init; } = CommonOptions.Budget(CommonOptions.DefaultDocumentSeconds);
}
