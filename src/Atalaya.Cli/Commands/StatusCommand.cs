using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya status [--db FILE]: what a database holds, and what went wrong while filling it.</summary>
internal static class StatusCommand
{
    private const int ListedStageFailures = 20;

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("status", "Show what a database holds: documents by language, runs, inputs that failed, analysis stages that failed; on PostgreSQL also the work queue (queued, running, done, dead) and the workers seen") { database };
        command.SetAction(parse => Show(CommonOptions.DatabaseLocation(parse, database)));
        return command;
    }

    private static int Show(string path)
    {
        try
        {
            if (!DocumentStores.Exists(path))
            {
                Console.Error.WriteLine($"atalaya: {SafeText.Of(DocumentStores.Display(path), 200)}: no such database (run 'atalaya ingest' first)");
                return ExitCodes.NothingRead;
            }

            using var store = DocumentStores.Open(path);
            Print(Console.Out, store);
            if (DocumentStores.IsServer(path))
            {
                using var queue = WorkQueueStore.Open(path);
                QueueStatusLines.Print(Console.Out, queue.Status());
            }

            return ExitCodes.Success;
        }
        catch (StoreException error)
        {
            Console.Error.WriteLine($"atalaya: {error.Message}");
            return ExitCodes.NothingRead;
        }
    }

    private static void Print(TextWriter output, IDocumentStore store)
    {
        var summary = store.Summary();
        var languages = string.Join(", ", summary.Languages.Select(pair => $"{pair.Key} {pair.Value.ToString(CultureInfo.InvariantCulture)}"));
        output.WriteLine($"database       {SafeText.Of(DocumentStores.Display(store), 200)}");
        output.WriteLine($"documents      {summary.Documents.ToString(CultureInfo.InvariantCulture)}{(languages.Length == 0 ? "" : $" ({languages})")}");
        output.WriteLine($"runs           {summary.Runs.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"inputs failed  {summary.FailedSources.ToString(CultureInfo.InvariantCulture)}");
        var stages = string.Join(", ", summary.FailedStages.Select(pair => $"{pair.Key} ×{pair.Value.ToString(CultureInfo.InvariantCulture)}"));
        output.WriteLine($"failed stages  {(summary.DocumentsWithFailedStages == 0 ? "none" : $"{summary.DocumentsWithFailedStages.ToString(CultureInfo.InvariantCulture)} document{(summary.DocumentsWithFailedStages == 1 ? "" : "s")}: {stages}")}");

        // The latest failures first: the ones a user who just ran an ingest wants to read.
        var failures = store.FailedStages().Where(f => !f.Failure.Skipped).Reverse().Take(ListedStageFailures).Reverse().ToList();
        foreach (var failed in failures)
        {
            var failure = failed.Failure;
            output.WriteLine($"  {SafeText.Of(failure.Source, 60)}: stage '{failure.Stage}' failed on document '{SafeText.Of(failure.DocumentId, 40)}': {SafeText.Of(failure.Reason, 120)}");
        }
    }
}
