using System.CommandLine;
using Atalaya.Cli.Running;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya ingest PATH... [--db FILE|URI]: analyze articles and store them; known content is skipped.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var data = CommonOptions.Data();
        var threads = CommonOptions.Threads();
        var maxSize = CommonOptions.MaxSize();
        var strict = CommonOptions.Strict();
        var verbose = CommonOptions.Verbose();
        var docTimeout = CommonOptions.DocTimeout();
        var paths = CommonOptions.Paths();
        var command = new Command("ingest", "Analyze articles and store them in a database, a SQLite file or a PostgreSQL server (the same content is stored once)")
        {
            database, data, threads, maxSize, strict, verbose, docTimeout, paths,
        };
        command.SetAction(parse =>
        {
            var errors = new ErrorLog(Console.Error);
            var result = Ingest(
                parse.GetValue(paths) ?? [],
                CommonOptions.DatabaseLocation(parse, database),
                parse.GetValue(data),
                new RunOptions("ingest", parse.GetValue(threads), CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(verbose))
                {
                    DocumentBudget = CommonOptions.Budget(parse.GetValue(docTimeout)),
                },
                errors);
            if (result is null)
            {
                return ExitCodes.NothingRead;
            }

            Console.Error.WriteLine(result.Describe());
            return result.Totals.Documents > 0 ? result.Totals.ExitCode(parse.GetValue(strict)) : ExitCodes.NothingRead;
        });
        return command;
    }

    /// <summary>
    /// Runs an ingest; null when the database cannot be opened (already reported). A database the run
    /// created is removed again when nothing could be read (a URL, a folder of PDFs, a typo).
    /// </summary>
    public static IngestResult? Ingest(IReadOnlyList<string> paths, string databasePath, string? data, RunOptions options, ErrorLog errors)
    {
        bool created;
        try
        {
            created = !DocumentStores.Exists(databasePath);
        }
        catch (StoreException error)
        {
            errors.Warn(error.Message);
            return null;
        }

        var result = IngestInto(paths, databasePath, data, options, errors);
        if (result is { Totals.Documents: 0 } && created && DocumentStores.Delete(databasePath))
        {
            return result with { DatabaseRemoved = true };
        }

        return result;
    }

    private static IngestResult? IngestInto(IReadOnlyList<string> paths, string databasePath, string? data, RunOptions options, ErrorLog errors)
    {
        if (DocumentStores.IsServer(databasePath))
        {
            return QueuedIngest.Run(paths, databasePath, data, options, errors);
        }

        IDocumentStore store;
        try
        {
            store = DocumentStores.Open(databasePath);
        }
        catch (StoreException error)
        {
            errors.Warn(error.Message);
            return null;
        }

        using (store)
        {
            var session = AnalysisSession.Load(data);
            var ingest = new IngestService(store);
            using var run = ingest.Begin($"ingest {string.Join(' ', paths)}");
            int stored = 0, known = 0;
            var totals = session.Run(
                paths,
                options,
                errors,
                item =>
                {
                    if (item.Input.Failure is { } failure)
                    {
                        run.AddFailure(failure.Source, failure.Reason);
                    }
                    else if (item.Result is null)
                    {
                        run.NoteKnown();
                        known++;
                    }
                    else if (run.Add(item.Result))
                    {
                        stored++;
                    }
                    else
                    {
                        known++;
                    }
                },
                skip: item => ingest.IsStored(item.Document!.ContentHash));

            // Commits, then consolidates the new documents (duplicates, entities, events, stories,
            // claims, conflicts, the workbench's tables) in their own transaction, which raises the alerts.
            RaisedAlerts.Announce(run.Complete(), databasePath, errors, CancellationToken.None);
            if (SkipSummary.Describe(totals.SkippedInputs, options.Verbose) is { } skipped)
            {
                errors.Note(skipped);
            }

            if (totals.Documents == 0)
            {
                errors.Warn($"no document could be read from {string.Join(' ', paths)}");
            }

            return new IngestResult(totals, stored, known, DocumentStores.Display(store), store.Summary());
        }
    }
}

internal sealed record IngestResult(RunTotals Totals, int Stored, int AlreadyStored, string DatabasePath, StoreSummary Summary, bool DatabaseRemoved = false)
{
    public string Describe() =>
        $"atalaya: ingest: {Totals.Documents} documents read, {Stored} stored, {AlreadyStored} already stored, {Totals.Failures} inputs failed{Totals.StageFailureSuffix}; "
        + (DatabaseRemoved ? $"no database created at {SafeText.Visible(DatabasePath)}" : $"{Summary.Documents} documents in {SafeText.Visible(DatabasePath)}");
}
