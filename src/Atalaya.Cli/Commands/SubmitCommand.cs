using System.CommandLine;
using Atalaya.Cli.Running;
using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya submit PATH... --db URI: queue articles for workers, without analyzing them.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var maxSize = CommonOptions.MaxSize();
        var verbose = CommonOptions.Verbose();
        var paths = CommonOptions.Paths();
        var command = new Command("submit", "Queue articles in a PostgreSQL database for 'atalaya worker' processes to analyze (the same content is queued once); returns when they are read")
        {
            database, maxSize, verbose, paths,
        };
        command.SetAction(parse =>
        {
            var location = CommonOptions.DatabaseLocation(parse, database);
            var files = parse.GetValue(paths) ?? [];
            var errors = new ErrorLog(Console.Error);
            var options = new RunOptions("submit", 1, CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(verbose));
            try
            {
                using var queue = WorkQueueStore.Open(location);
                var totals = QueueSubmitter.Submit(queue, files, options, errors, $"submit {string.Join(' ', files)}");
                if (SkipSummary.Describe(totals.SkippedInputs, options.Verbose) is { } skipped)
                {
                    errors.Note(skipped);
                }

                if (totals.Documents == 0)
                {
                    errors.Warn($"no document could be read from {string.Join(' ', files)}");
                }

                Console.Error.WriteLine(
                    $"atalaya: submit: {totals.Documents} documents read, {totals.Queue.Queued} queued, {totals.Queue.Known} already stored or queued, {totals.Failures} inputs failed; queue of {SafeText.Visible(queue.Target.ToString())}");
                return totals.Documents > 0 ? ExitCodes.Success : ExitCodes.NothingRead;
            }
            catch (StoreException error)
            {
                errors.Warn(error.Message);
                return ExitCodes.NothingRead;
            }
        });
        return command;
    }
}
