using System.Diagnostics;
using System.Globalization;
using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Synthetic;

namespace Atalaya.Cli.Running;

/// <summary>
/// atalaya bench --consolidate 10000,30000,100000: analyzes the seed articles once, synthesizes N
/// contract documents from them (copies, near copies, stories across languages, many distinct ones)
/// and times the corpus builder over them: seconds, documents/second, peak memory.
/// </summary>
internal static class ConsolidationBench
{
    public static int Run(IReadOnlyList<int> sizes, IEnumerable<Atalaya.Core.Documents.SourceDocument> seedArticles, AtalayaResources resources, TextWriter output)
    {
        var pipeline = StandardPipeline.Create(resources);
        var seeds = seedArticles.Select(d => ContractMapper.ToContract(pipeline.Analyze(d))).ToList();
        var generator = new SyntheticCorpus(seeds);
        output.WriteLine($"consolidation of synthetic contract documents varied from {seeds.Count} analyzed seed articles");
        output.WriteLine($"{"documents",10} {"generate s",11} {"consolidate s",14} {"docs/s",10} {"stories",9} {"copies",8} {"events",9} {"peak MB",8} {"story pairs P/R",16}");

        // Warm-up so that the figures measure steady state, not JIT compilation.
        Consolidate(generator, 2000);
        foreach (var size in sizes)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var generated = generator.Generate(size).Count();
            var generation = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var corpus = Consolidate(generator, size);
            var total = clock.Elapsed.TotalSeconds;
            var consolidation = Math.Max(0.001, total - generation);

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{generated,10} {generation,11:0.00} {consolidation,14:0.00} {size / consolidation,10:0} {corpus.Stories.Count,9} {corpus.Documents.Count(d => d.DuplicateOf is not null),8} {corpus.Events.Count,9} {process.PeakWorkingSet64 / 1024.0 / 1024.0,8:0} {PairScore(corpus, generator.IntendedStory),16}"));
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Pairwise precision and recall of the stories against the stories the generator meant, from
    /// the contingency counts (pairs = n(n-1)/2 per cell), in linear time.
    /// </summary>
    private static string PairScore(ContractCorpus corpus, IReadOnlyDictionary<string, int> intended)
    {
        static double Pairs(IEnumerable<int> sizes) => sizes.Sum(n => n * (n - 1) / 2.0);
        var found = Pairs(corpus.Documents.GroupBy(d => d.Story).Select(g => g.Count()));
        var meant = Pairs(corpus.Documents.GroupBy(d => intended[d.Id]).Select(g => g.Count()));
        var both = Pairs(corpus.Documents.GroupBy(d => (d.Story, intended[d.Id])).Select(g => g.Count()));
        return string.Create(CultureInfo.InvariantCulture, $"{(found == 0 ? 1 : both / found):0.000}/{(meant == 0 ? 1 : both / meant):0.000}");
    }

    private static ContractCorpus Consolidate(SyntheticCorpus generator, int size)
    {
        var builder = new CorpusBuilder(includeText: false);
        foreach (var document in generator.Generate(size))
        {
            builder.Add(document);
        }

        return builder.Build();
    }
}
