using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Synthetic;

namespace Atalaya.Cli.Commands;

/// <summary>
/// atalaya bench [--docs N]: end-to-end throughput on synthetic articles varied from the samples:
/// the whole pipeline plus contract serialization, reported as documents/s, MB/s and peak memory.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var documents = new Option<int>("--docs", "-n") { Description = "Synthetic articles to analyze", DefaultValueFactory = _ => 20000, HelpName = "N" };
        var threads = CommonOptions.Threads();
        var data = CommonOptions.Data();
        var samples = new Option<string?>("--samples") { Description = "Seed articles (default: the bundled sample)", HelpName = "DIR" };
        var consolidate = new Option<string?>("--consolidate") { Description = "Instead: time corpus consolidation of this many synthetic contract documents (e.g. 10000,30000,100000)", HelpName = "N,N..." };
        var serve = new Option<int?>("--serve") { Description = "Instead: time every workbench API call and page on a database of N synthetic documents", HelpName = "N" };
        var serveDatabase = new Option<string?>("--serve-db") { Description = "With --serve: keep (or reuse) the bench database in FILE", HelpName = "FILE" };
        var command = new Command("bench", "Measure end-to-end throughput (documents/second, MB/second, peak memory) on synthetic articles")
        {
            documents, threads, data, samples, consolidate, serve, serveDatabase,
        };
        command.SetAction(parse =>
        {
            var count = Math.Max(1, parse.GetValue(documents));
            var resources = AtalayaResources.Load(parse.GetValue(data));
            var seedFolder = parse.GetValue(samples) ?? SampleFolder.Locate(resources.DataDirectory);
            var seeds = new DocumentReader().Read([seedFolder]).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
            if (parse.GetValue(serve) is { } serveCount)
            {
                return WorkbenchBench.Run(Math.Max(1, serveCount), seeds, resources, parse.GetValue(serveDatabase), Console.Out);
            }

            if (parse.GetValue(consolidate) is { } sizes)
            {
                return ConsolidationBench.Run([.. sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))], seeds, resources, Console.Out);
            }

            var generator = new SyntheticArticles(seeds, resources);
            var pipeline = StandardPipeline.Create(resources);
            var corpus = generator.Generate(count).ToList();
            var megabytes = corpus.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)) / 1024.0 / 1024.0;

            // Warm-up so the figures measure steady state, not JIT compilation.
            Measure(corpus.Take(Math.Min(500, count)), pipeline, parse.GetValue(threads));
            GC.Collect();
            var gc = GcFigures.Now();
            var stopwatch = Stopwatch.StartNew();
            var analyzed = Measure(corpus, pipeline, parse.GetValue(threads));
            stopwatch.Stop();
            var gcSpent = GcFigures.Now() - gc;

            var seconds = stopwatch.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var output = Console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents:        {analyzed}  ({seeds.Count} seed articles, {megabytes:0.0} MB of text)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threads:          {parse.GetValue(threads) ?? Environment.ProcessorCount}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed:          {seconds:0.000} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents/second: {analyzed / seconds:0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MB/second:        {megabytes / seconds:0.00}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
            output.WriteLine(gcSpent.Describe(seconds, analyzed));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Measure(IEnumerable<Atalaya.Core.Documents.SourceDocument> corpus, AnalysisPipeline pipeline, int? threads)
    {
        var count = 0;
        var items = corpus.Select(d => IngestItem.Read(d, d.Text.Length));
        foreach (var item in ParallelRunner.Run(items, pipeline, threads))
        {
            if (item.Result is not null)
            {
                // Serialize as extract does, into a sink: the contract is part of the job.
                var document = ContractMapper.ToContract(item.Result, includeText: false);
                JsonOutput.Serialize(Stream.Null, document, ContractJsonContext.Default.ContractDocument, JsonOutput.Compact);
                count++;
            }
        }

        return count;
    }
}
