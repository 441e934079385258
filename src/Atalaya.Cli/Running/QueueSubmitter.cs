using Atalaya.Core.Stages.Ingest;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Running;

/// <summary>What a submission read: documents, inputs that failed, what folder walks left out, and what the queue made of them.</summary>
internal sealed record SubmitTotals(int Documents, int Failures, IReadOnlyList<SkippedInput> SkippedInputs, SubmissionTotals Queue);

/// <summary>
/// Reads inputs as 'ingest' reads them (the same formats, limits and messages) and queues the
/// documents without analyzing them: no models are loaded, so it returns as soon as it has read.
/// </summary>
internal static class QueueSubmitter
{
    public static SubmitTotals Submit(WorkQueueStore queue, IReadOnlyList<string> paths, RunOptions options, ErrorLog errors, string description)
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
        using var submission = queue.BeginSubmission(description);
        int documents = 0, failures = 0;
        foreach (var item in reader.Read(paths))
        {
            if (item.Failure is { } failure)
            {
                failures++;
                errors.Report(failure.Source, failure.Reason);
                submission.AddFailure(failure.Source, failure.Reason);
            }
            else if (item.Document is { } document)
            {
                documents++;
                submission.Add(document);
            }
        }

        return new SubmitTotals(documents, failures, skippedInputs, submission.Complete());
    }
}
