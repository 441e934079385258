using System.CommandLine;
using Atalaya.Cli.Running;
using Atalaya.Core.Resources;
using Atalaya.Storage;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya demo: ingest the bundled sample into a fresh database and summarize what was found.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database(defaultDescription: "a new file in the temporary folder");
        var data = CommonOptions.Data();
        var noServe = new Option<bool>("--no-serve") { Description = "End after the summary instead of opening the workbench on the database" };
        var command = new Command("demo", "Ingest the bundled multilingual sample into a temporary database, print a summary and open the workbench on it")
        {
            database, data, noServe,
        };
        command.SetAction(parse =>
        {
            var dataDirectory = DataDirectory.Locate(parse.GetValue(data));
            var samples = SampleFolder.Locate(dataDirectory);
            var path = CommonOptions.DatabaseLocation(parse, database, fallback: Path.Combine(Path.GetTempPath(), $"atalaya-demo-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.db"));
            var errors = new ErrorLog(Console.Error);
            var result = IngestCommand.Ingest([samples], path, dataDirectory, new RunOptions("demo", null, CommonOptions.Megabytes(16)), errors);
            if (result is null || result.Totals.Documents == 0)
            {
                return ExitCodes.NothingRead;
            }

            var output = Console.Out;
            output.WriteLine($"Atalaya demo: {result.Totals.Documents} sample articles from {samples}");
            output.WriteLine($"Stored in {result.DatabasePath} ({result.Stored} new, {result.AlreadyStored} already there, {result.Totals.Failures} inputs failed{result.Totals.StageFailureSuffix})");
            output.WriteLine($"Languages: {string.Join(", ", result.Summary.Languages.Select(pair => $"{pair.Key} {pair.Value}"))}");
            output.WriteLine();
            using (var store = DocumentStores.Open(path))
            {
                var documents = store.Documents().ToList();
                DocumentSummary.Print(output, documents);
                output.WriteLine();
                output.WriteLine($"Events ({documents.Sum(d => d.DocumentEvents.Count)}):");
                EventSummary.Print(output, documents);
            }

            output.WriteLine();
            output.WriteLine($"Next: atalaya export --db {result.DatabasePath} --format json (or acled-csv, geojson)");

            // A person at a terminal gets the workbench; scripts and CI (redirected input or output) end here as before.
            if (parse.GetValue(noServe) || Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                return ExitCodes.Success;
            }

            output.WriteLine();
            return ServeCommand.Run(path, urls: null, parse.GetValue(data), output);
        });
        return command;
    }
}
