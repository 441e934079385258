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
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output (replaced atomically)", HelpName = "FILE" };
        var noText = new Option<bool>("--no-text") { Description = "Leave the document text out of the JSON (offsets still refer to it)" };
        var summary = new Option<bool>("--summary") { Description = "Print a readable line per document instead of JSON" };
        var data = CommonOptions.Data();
        var threads = CommonOptions.Threads();
        var maxSize = CommonOptions.MaxSize();
        var docTimeout = CommonOptions.DocTimeout();
        var paths = CommonOptions.Paths();
        var command = new Command("extract", "Analyze articles and write one JSON object describing them (see CONTRACT.md)")
        {
            json, output, noText, summary, data, threads, maxSize, docTimeout, paths,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(output),
            !parse.GetValue(noText),
            parse.GetValue(summary) && !parse.GetValue(json),
            parse.GetValue(data),
            new RunOptions("extract", parse.GetValue(threads), CommonOptions.Megabytes(parse.GetValue(maxSize)))
            {
                DocumentBudget = CommonOptions.Budget(parse.GetValue(docTimeout)),
            }));
        return command;
    }

    private static int Run(string[] paths, string? output, bool includeText, bool summary, string? data, RunOptions options)
    {
        var errors = new ErrorLog(Console.Error);
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
            JsonOutput.Write(output, stream => JsonOutput.Serialize(stream, corpus.Build(), ContractJsonContext.Default.ContractCorpus, JsonOutput.Indented));
        }

        Console.Error.WriteLine($"atalaya: extract: {totals.Documents} documents, {totals.Failures} inputs failed");
        return ExitCodes.Success;
    }
}
