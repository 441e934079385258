using System.CommandLine;
using System.Diagnostics;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya extract --json [--out FILE] PATH...: analyze articles and write the contract JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write the contract JSON (the default)" };
        var format = new Option<string>("--format")
        {
            Description = "json: one JSON object (CONTRACT.md), documents written as they are analyzed; "
                + "jsonl: one contract document per line as it is analyzed, then a last line with the corpus sections "
                + "(entities, events, stories, claims, conflicts) and story_merges (a line's story may have been united with an earlier one since)",
            HelpName = "json|jsonl",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output (a file is replaced atomically, a FIFO or device written in place, a link followed)", HelpName = "FILE" };
        var noText = new Option<bool>("--no-text") { Description = "Leave the document text out of the JSON (offsets still refer to it)" };
        var summary = new Option<bool>("--summary") { Description = "Print a readable line per document instead of JSON" };
        var timings = new Option<bool>("--timings") { Description = "Print on standard error where the time went: start-up, load, analyze (reading), consolidate, write; documents/s, MB/s, peak memory, JIT, the load time of each resource" };
        var data = CommonOptions.Data();
        var threads = CommonOptions.Threads();
        var maxSize = CommonOptions.MaxSize();
        var strict = CommonOptions.Strict();
        var verbose = CommonOptions.Verbose();
        var docTimeout = CommonOptions.DocTimeout();
        var paths = CommonOptions.Paths();
        var command = new Command("extract", "Analyze articles and write one JSON object describing them (see CONTRACT.md), or JSON Lines")
        {
            json, format, output, noText, summary, timings, data, threads, maxSize, strict, verbose, docTimeout, paths,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(output),
            !parse.GetValue(noText),
            parse.GetValue(summary) && !parse.GetValue(json),
            parse.GetValue(format) == "jsonl",
            parse.GetValue(data),
            parse.GetValue(strict),
            new RunOptions("extract", parse.GetValue(threads), CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(verbose))
            {
                DocumentBudget = CommonOptions.Budget(parse.GetValue(docTimeout)),
                Timings = parse.GetValue(timings) ? new PhaseTimings() : null,
            }));
        return command;
    }

    private static int Run(string[] paths, string? output, bool includeText, bool summary, bool jsonLines, string? data, bool strict, RunOptions options)
    {
        var errors = new ErrorLog(Console.Error);
        if (!summary && OutputFile.Refusal(output) is { } refusal)
        {
            // Before the analysis, not after it: a run of an hour must not end in "it is a folder".
            errors.Warn(refusal);
            return ExitCodes.NothingRead;
        }

        var timings = options.Timings;
        var started = Stopwatch.GetTimestamp();
        var session = AnalysisSession.Load(data);
        timings?.Load = Stopwatch.GetElapsedTime(started);
        timings?.Resources = session.Resources.LoadTimes;

        RunTotals totals;
        if (summary)
        {
            var corpus = new CorpusBuilder(includeText);
            totals = Analyze(session, paths, options, errors, corpus, includeText, output: null);
            if (totals.Documents > 0)
            {
                DocumentSummary.Print(Console.Out, corpus.Build().Documents);
            }
        }
        else
        {
            totals = default!;
            OutputFile.Write(output, stream =>
            {
                // Documents go out as they are consolidated: the corpus keeps what later documents need, not them.
                var corpus = new CorpusBuilder(includeText) { KeepDocuments = false };
                using IContractOutput writer = jsonLines ? new JsonLinesOutput(stream) : new StreamedJsonOutput(stream, JsonOutput.Indented);
                totals = Analyze(session, paths, options, errors, corpus, includeText, writer);
                if (totals.Documents == 0)
                {
                    return false;
                }

                var finishing = Stopwatch.GetTimestamp();
                writer.Finish(corpus);
                timings?.Finish = Stopwatch.GetElapsedTime(finishing);
                return true;
            });
        }

        if (SkipSummary.Describe(totals.SkippedInputs, options.Verbose) is { } skipped)
        {
            errors.Note(skipped);
        }

        if (totals.Documents == 0)
        {
            errors.Warn($"no document could be read from {string.Join(' ', paths)}");
            return ExitCodes.NothingRead;
        }

        Console.Error.WriteLine($"atalaya: extract: {totals.Documents} documents, {totals.Failures} inputs failed{totals.StageFailureSuffix}");
        if (timings is not null)
        {
            Console.Error.WriteLine($"atalaya: extract: {timings.Describe(totals.Documents, totals.Bytes)}");
        }

        return totals.ExitCode(strict);
    }

    /// <summary>Analyzes the inputs in order, consolidating each document and handing it to <paramref name="output"/> when given.</summary>
    private static RunTotals Analyze(AnalysisSession session, string[] paths, RunOptions options, ErrorLog errors, CorpusBuilder corpus, bool includeText, IContractOutput? output)
    {
        var timings = options.Timings;
        var started = Stopwatch.GetTimestamp();
        var totals = session.Run(paths, options, errors, item =>
        {
            if (item.Result is not { } result)
            {
                return;
            }

            var document = timings is null ? corpus.Add(result) : timings.Consolidating(() => corpus.Add(result));
            if (!includeText)
            {
                TextlessOutput.JoinBoilerplate(document, result.Document.Text);
            }

            if (output is not null)
            {
                if (timings is null)
                {
                    output.Add(document, corpus);
                }
                else
                {
                    timings.Writing(() => output.Add(document, corpus));
                }
            }
        });
        timings?.Loop = Stopwatch.GetElapsedTime(started);
        return totals;
    }
}
