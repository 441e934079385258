using System.CommandLine;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya extract --json [--out FILE] PATH...: analyze articles and write the contract JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write the contract JSON (the default and, for now, the only machine format)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output (a file is replaced atomically, a FIFO or device written in place, a link followed)", HelpName = "FILE" };
        var noText = new Option<bool>("--no-text") { Description = "Leave the document text out of the JSON (offsets still refer to it)" };
        var summary = new Option<bool>("--summary") { Description = "Print a readable line per document instead of JSON" };
        var data = CommonOptions.Data();
        var threads = CommonOptions.Threads();
        var maxSize = CommonOptions.MaxSize();
        var strict = CommonOptions.Strict();
        var verbose = CommonOptions.Verbose();
        var docTimeout = CommonOptions.DocTimeout();
        var paths = CommonOptions.Paths();
        var command = new Command("extract", "Analyze articles and write one JSON object describing them (see CONTRACT.md)")
        {
            json, output, noText, summary, data, threads, maxSize, strict, verbose, docTimeout, paths,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(output),
            !parse.GetValue(noText),
            parse.GetValue(summary) && !parse.GetValue(json),
            parse.GetValue(data),
            parse.GetValue(strict),
            new RunOptions("extract", parse.GetValue(threads), CommonOptions.Megabytes(parse.GetValue(maxSize)), parse.GetValue(verbose))
            {
                DocumentBudget = CommonOptions.Budget(parse.GetValue(docTimeout)),
            }));
        return command;
    }

    private static int Run(string[] paths, string? output, bool includeText, bool summary, string? data, bool strict, RunOptions options)
    {
        var errors = new ErrorLog(Console.Error);
        if (!summary && OutputFile.Refusal(output) is { } refusal)
        {
            // Before the analysis, not after it: a run of an hour must not end in "it is a folder".
            errors.Warn(refusal);
            return ExitCodes.NothingRead;
        }

        var session = AnalysisSession.Load(data);
        var corpus = new CorpusBuilder(includeText);
        var totals = session.Run(paths, options, errors, item =>
        {
            if (item.Result is not null)
            {
                var document = corpus.Add(item.Result);
                if (!includeText)
                {
                    TextlessOutput.JoinBoilerplate(document, item.Result.Document.Text);
                }
            }
        });

        if (SkipSummary.Describe(totals.SkippedInputs, options.Verbose) is { } skipped)
        {
            errors.Note(skipped);
        }

        if (totals.Documents == 0)
        {
            errors.Warn($"no document could be read from {string.Join(' ', paths)}");
            return ExitCodes.NothingRead;
        }

        if (summary)
        {
            DocumentSummary.Print(Console.Out, corpus.Build().Documents);
        }
        else
        {
            OutputFile.Write(output, stream => JsonOutput.Serialize(stream, corpus.Build(), ContractJsonContext.Default.ContractCorpus, JsonOutput.Indented));
        }

        Console.Error.WriteLine($"atalaya: extract: {totals.Documents} documents, {totals.Failures} inputs failed{totals.StageFailureSuffix}");
        return totals.ExitCode(strict);
    }
}
