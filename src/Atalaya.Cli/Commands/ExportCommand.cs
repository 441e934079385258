using System.CommandLine;
using System.Text.Json;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;
using Atalaya.Core.Exports;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya export --format json|jsonl|acled-csv|geojson [--db FILE] [--out FILE]: write what the database holds.</summary>
internal static class ExportCommand
{
    private const string Json = "json";
    private const string Jsonl = "jsonl";
    private const string AcledCsv = "acled-csv";
    private const string GeoJson = "geojson";

    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one contract object; jsonl: one contract document per line; "
                + "acled-csv: the events as ACLED-style CSV; geojson: the events with coordinates as a GeoJSON FeatureCollection",
            DefaultValueFactory = _ => "json",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Json, Jsonl, AcledCsv, GeoJson);
        var database = CommonOptions.Database();
        var output = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output", HelpName = "FILE" };
        var noText = new Option<bool>("--no-text") { Description = "Leave document texts out (json, jsonl)" };
        var command = new Command("export", "Export the stored documents and their analysis") { format, database, output, noText };
        command.SetAction(parse =>
        {
            var path = CommonOptions.DatabaseLocation(parse, database);
            try
            {
                if (!DocumentStores.Exists(path))
                {
                    Console.Error.WriteLine($"atalaya: {SafeText.Visible(DocumentStores.Display(path))}: no such database (run 'atalaya ingest' first)");
                    return ExitCodes.NothingRead;
                }

                using var store = DocumentStores.Open(path);
                using var reviews = DocumentStores.OpenWorkbench(path);
                Export(store, parse.GetValue(format)!, parse.GetValue(output), !parse.GetValue(noText), reviews);
                return ExitCodes.Success;
            }
            catch (StoreException error)
            {
                Console.Error.WriteLine($"atalaya: {error.Message}");
                return ExitCodes.NothingRead;
            }
            catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
            {
                // The event formats need the country table of the data folder.
                Console.Error.WriteLine($"atalaya: {error.Message}");
                return ExitCodes.NothingRead;
            }
        });
        return command;
    }

    /// <param name="reviews">The database's analysts' work (reviews, merges), applied to the json, acled-csv and geojson
    /// exports; null exports the corpus as the pipeline built it.</param>
    public static void Export(IDocumentStore store, string format, string? output, bool includeText, IWorkbenchQueries? reviews = null)
    {
        if (format is AcledCsv or GeoJson)
        {
            ExportEvents(store, format, output, reviews);
            return;
        }

        OutputFile.Write(output, stream =>
        {
            if (format == Jsonl)
            {
                foreach (var document in store.Documents())
                {
                    document.Text = includeText ? document.Text : null;
                    using var writer = new Utf8JsonWriter(stream, JsonOutput.Compact);
                    JsonSerializer.Serialize(writer, document, ContractJsonContext.Default.ContractDocument);
                    writer.Flush();
                    stream.WriteByte((byte)'\n');
                }

                return;
            }

            // The corpus tables hold what a batch build of all stored documents gives.
            // With the analysts' work: each reviewed event carries its review, merged events and entities are one.
            var corpus = store.Corpus(includeText);
            JsonOutput.Serialize(stream, reviews?.Reviewed(corpus) ?? corpus, ContractJsonContext.Default.ContractCorpus, JsonOutput.Indented);
        });
    }

    /// <summary>The event formats: the stored corpus of all documents, so events carry corpus entity ids and names.</summary>
    private static void ExportEvents(IDocumentStore store, string format, string? output, IWorkbenchQueries? reviews)
    {
        var countries = CountryTable.Default;
        var corpus = store.Corpus(includeText: false);
        var events = reviews?.Reviewed(corpus) ?? corpus;
        var leftOut = 0;
        OutputFile.Write(output, stream =>
        {
            if (format == AcledCsv)
            {
                AcledCsvExport.Write(events, stream, countries);
            }
            else
            {
                leftOut = GeoJsonExport.Write(events, stream, countries).WithoutCoordinates;
            }
        });

        if (leftOut > 0)
        {
            Console.Error.WriteLine($"atalaya: {leftOut} event{(leftOut == 1 ? "" : "s")} without coordinates left out");
        }
    }
}
