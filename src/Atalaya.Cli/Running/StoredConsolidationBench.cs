using System.Diagnostics;
using System.Globalization;
using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Synthetic;
using Atalaya.Storage;

namespace Atalaya.Cli.Running;

/// <summary>
/// atalaya bench --consolidate-store 10000,30000,100000: stores N synthetic contract documents in a
/// temporary SQLite database, times their consolidation into the corpus tables (seconds,
/// documents/second, peak memory), then stores <see cref="Added"/> more and times consolidating
/// them incrementally (seconds, and state queries per added document, which the load of the machine
/// does not change) against consolidating the whole database again from the first document.
/// </summary>
internal static class StoredConsolidationBench
{
    public const int Added = 1000;

    public static int Run(IReadOnlyList<int> sizes, IEnumerable<Atalaya.Core.Documents.SourceDocument> seedArticles, AtalayaResources resources, TextWriter output)
    {
        var pipeline = StandardPipeline.Create(resources);
        var seeds = seedArticles.Select(d => ContractMapper.ToContract(pipeline.Analyze(d))).ToList();
        var generator = new SyntheticCorpus(seeds);
        output.WriteLine($"stored consolidation (SQLite) of synthetic contract documents varied from {seeds.Count} analyzed seed articles; then {Added} more");
        output.WriteLine($"{"documents",10} {"store s",8} {"consolidate s",14} {"docs/s",8} {"peak MB",8} {"db MB",7} {$"+{Added} incr. s",14} {"docs/s",8} {"queries/doc",12} {$"rebuild {Added}+N s",17}");
        var folder = Directory.CreateTempSubdirectory("atalaya-bench-");
        try
        {
            // Warm-up so that the figures measure steady state, not JIT compilation.
            Measure(generator, 2000, Path.Combine(folder.FullName, "warm.db"), rebuild: false);
            foreach (var size in sizes)
            {
                // The rebuild is timed for the largest corpus, where it costs most.
                output.WriteLine(Measure(generator, size, Path.Combine(folder.FullName, $"{size}.db"), rebuild: size == sizes.Max()));
                File.Delete(Path.Combine(folder.FullName, $"{size}.db"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return ExitCodes.Success;
    }

    private static string Measure(SyntheticCorpus generator, int size, string path, bool rebuild)
    {
        var all = generator.Generate(size + Added).ToList();
        using var store = DocumentStores.Open(path);
        var measured = store as IMeasuredConsolidation ?? throw new InvalidOperationException("the store does not report its consolidation");
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var stored = Store(store, all.Take(size));
        var storing = clock.Elapsed.TotalSeconds;

        clock.Restart();
        store.Consolidate();
        var consolidation = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / 1024.0 / 1024.0;

        var added = Store(store, all.Skip(size));
        clock.Restart();
        store.Consolidate();
        var incremental = clock.Elapsed.TotalSeconds;
        var queries = measured.LastStateQueries / (double)Math.Max(1, added);
        var megabytes = new FileInfo(path).Length / 1024.0 / 1024.0;

        var again = double.NaN;
        if (rebuild)
        {
            clock.Restart();
            measured.Reconsolidate();
            again = clock.Elapsed.TotalSeconds;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{stored,10} {storing,8:0.00} {consolidation,14:0.00} {stored / consolidation,8:0} {peak,8:0} {megabytes,7:0} {incremental,14:0.00} {added / incremental,8:0} {queries,12:0.0} {again,17:0.00}");
    }

    private static int Store(IDocumentStore store, IEnumerable<ContractDocument> documents)
    {
        using var run = store.BeginRun("bench");
        var stored = 0;
        foreach (var document in documents)
        {
            stored += run.Add(document) ? 1 : 0;
        }

        run.Complete();
        return stored;
    }
}
