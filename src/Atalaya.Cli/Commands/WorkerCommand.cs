using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Atalaya.Cli.Running;
using Atalaya.Storage;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya worker --db URI [--batch N] [--until-idle]: analyze queued articles, a leased batch at a time.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var data = CommonOptions.Data();
        var threads = CommonOptions.Threads();
        var docTimeout = CommonOptions.DocTimeout();
        var batch = new Option<int>("--batch")
        {
            Description = "Documents claimed per lease",
            HelpName = "N",
            DefaultValueFactory = _ => WorkerOptions.DefaultBatch,
        };
        var lease = new Option<string>("--lease")
        {
            Description = "How long a claimed batch stays this worker's without renewal (renewed every third of it while the worker is alive): 90s, 5m, or seconds",
            HelpName = "DURATION",
            DefaultValueFactory = _ => "60s",
        };
        var attempts = new Option<int>("--attempts")
        {
            Description = "Failed attempts after which a document is given up (dead, with its error)",
            HelpName = "N",
            DefaultValueFactory = _ => WorkerOptions.DefaultAttempts,
        };
        var untilIdle = new Option<bool>("--until-idle")
        {
            Description = "Stop when nothing is queued or leased any more (else wait for new work until interrupted)",
        };
        var noConsolidate = new Option<bool>("--no-consolidate")
        {
            Description = "Only analyze: leave consolidation (duplicates, stories, events across sources) to other workers or to the next command that opens the database",
        };
        var command = new Command("worker", "Analyze the articles queued in a PostgreSQL database by 'atalaya submit', a leased batch at a time; any number of workers may run at once, on any machine")
        {
            database, data, threads, docTimeout, batch, lease, attempts, untilIdle, noConsolidate,
        };
        command.SetAction(parse =>
        {
            var errors = new ErrorLog(Console.Error);
            if (ParseDuration(parse.GetValue(lease)) is not { } leaseLength || parse.GetValue(batch) < 1 || parse.GetValue(attempts) < 1)
            {
                errors.Warn("worker: --lease must be a positive duration (90s, 5m), --batch and --attempts at least 1");
                return ExitCodes.Usage;
            }

            var options = new WorkerOptions(parse.GetValue(batch), leaseLength, parse.GetValue(attempts), parse.GetValue(threads), CommonOptions.Budget(parse.GetValue(docTimeout)))
            {
                Consolidate = !parse.GetValue(noConsolidate),
            };
            return Work(CommonOptions.DatabaseLocation(parse, database), parse.GetValue(data), options, parse.GetValue(untilIdle), errors);
        });
        return command;
    }

    private static int Work(string location, string? data, WorkerOptions options, bool untilIdle, ErrorLog errors)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler interrupt = (_, e) =>
        {
            // The batch in hand is finished and written; a second Ctrl+C ends the process at once.
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        };
        Console.CancelKeyPress += interrupt;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var worker = new QueueWorker(location, AnalysisSession.Load(data), options, errors);
            var totals = worker.Run(queue => untilIdle && queue.Idle(), stop.Token);
            Console.Error.WriteLine(totals.Describe(worker.Name));
            return ExitCodes.Success;
        }
        catch (StoreException error)
        {
            errors.Warn(error.Message);
            return ExitCodes.NothingRead;
        }
        finally
        {
            Console.CancelKeyPress -= interrupt;
        }
    }

    /// <summary>"90s", "5m", "1.5s" or a number of seconds; null when not a positive duration.</summary>
    internal static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var unit = text[^1] switch { 's' => 1.0, 'm' => 60.0, 'h' => 3600.0, _ => 0 };
        var number = unit == 0 ? text : text[..^1];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        return TimeSpan.FromSeconds(value * (unit == 0 ? 1 : unit));
    }
}
