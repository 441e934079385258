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
        var stages = new Option<bool>("--stages") { Description = "Also print each pipeline stage's share of the time and its allocation per document" };
        var allocations = new Option<bool>("--allocations") { Description = "Also print the types allocated most during the timed run (the runtime's allocation samples)" };
        var serveDatabase = new Option<string?>("--serve-db") { Description = "With --serve: keep (or reuse) the bench database in FILE, or in the PostgreSQL database of URI (postgresql://user:password@host:port/database)", HelpName = "FILE|URI" };
        var consolidateStore = new Option<string?>("--consolidate-store")
        {
            HelpName = "N,N...",
        };
        var command = new Command("bench", "Measure end-to-end throughput (documents/second, MB/second, peak memory) on synthetic articles")
        {
            documents, threads, data, samples, stages, allocations, consolidate, consolidateStore, serve, serveDatabase,
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

            if (parse.GetValue(consolidateStore) is { } storedSizes)
            {
                return StoredConsolidationBench.Run([.. storedSizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))], seeds, resources, Console.Out);
            }

            var generator = new SyntheticArticles(seeds, resources);
            var pipeline = StandardPipeline.Create(resources);
            var profiled = parse.GetValue(stages) ? pipeline.Profiled() : null;
            var corpus = generator.Generate(count).ToList();
            var megabytes = corpus.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)) / 1024.0 / 1024.0;

            var warmedUp = WarmUp(corpus, pipeline, parse.GetValue(threads));
            GC.Collect();
            using var sampler = parse.GetValue(allocations) ? new AllocationSampler() : null;
            sampler?.Start();
            var before = RuntimeFigures.Now();
            var stopwatch = Stopwatch.StartNew();
            var analyzed = Measure(corpus, profiled ?? pipeline, parse.GetValue(threads));
            stopwatch.Stop();
            sampler?.Stop();
            var spent = RuntimeFigures.Now() - before;

            var seconds = stopwatch.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var output = Console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents:        {analyzed}  ({seeds.Count} seed articles, {megabytes:0.0} MB of text)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up:          {warmedUp.Documents} documents; the JIT compiled {warmedUp.LastBatchMethods} methods in its last batch"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threads:          {parse.GetValue(threads) ?? Environment.ProcessorCount}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed:          {seconds:0.000} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents/second: {analyzed / seconds:0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MB/second:        {megabytes / seconds:0.00}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
            foreach (var line in spent.Describe(seconds, analyzed))
            {
                output.WriteLine(line);
            }

            if (profiled?.Profile is { } profile)
            {
                foreach (var line in DescribeStages(profile, analyzed))
                {
                    output.WriteLine(line);
                }
            }

            foreach (var line in sampler?.Describe(analyzed, top: 40) ?? [])
            {
                output.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One line per stage: time per document (summed over threads), its share, allocation per document.</summary>
    private static IEnumerable<string> DescribeStages(StageProfile profile, int documents)
    {
        var perDocument = Math.Max(documents, 1);
        var total = Math.Max(profile.Stages.Sum(s => s.Time.TotalMilliseconds), 1e-9);
        yield return "stage                 µs/document  share  KB allocated/document";
        foreach (var (stage, time, allocated) in profile.Stages)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{stage,-20}  {time.TotalMilliseconds * 1000 / perDocument,11:0}  {100 * time.TotalMilliseconds / total,4:0}%  {allocated / perDocument / 1024.0,21:0.0}");
        }
    }

    /// <summary>Methods compiled in a warm-up batch below which the JIT counts as settled.</summary>
    private const int SettledMethods = 20;

    /// <summary>Most warm-up batches: 20,000 documents.</summary>
    private const int MaxWarmUpBatches = 40;

    /// <summary>
    /// Analyzes batches of the corpus until a batch makes the JIT compile fewer than
    /// <see cref="SettledMethods"/> methods, so that the figures measure the steady state of a long
    /// ingest, not the tiered JIT's recompilations of hot methods; at most <see cref="MaxWarmUpBatches"/>
    /// batches, and no more documents than the run itself measures (a short run stays short).
    /// Ten batches were not enough: with tiered PGO a hot method runs first in an instrumented tier
    /// whose probes cost about a tenth of the processor until it is recompiled, and after 5,000
    /// documents the JIT still compiled 200 to 250 methods per batch (it settles near 7,500).
    /// The run's own JIT time is printed, so an unsettled run shows.
    /// </summary>
    private static (int Documents, long LastBatchMethods) WarmUp(List<Atalaya.Core.Documents.SourceDocument> corpus, AnalysisPipeline pipeline, int? threads)
    {
        var analyzed = 0;
        var compiled = 0L;
        for (var round = 0; round < MaxWarmUpBatches && analyzed < Math.Max(WarmUpBatch, corpus.Count); round++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            var start = round * WarmUpBatch % corpus.Count;
            analyzed += Measure(corpus.Skip(start).Take(Math.Min(WarmUpBatch, corpus.Count - start)), pipeline, threads);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            if (round > 0 && compiled < SettledMethods)
            {
                break;
            }
        }

        return (analyzed, compiled);
    }

    private const int WarmUpBatch = 500;

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
