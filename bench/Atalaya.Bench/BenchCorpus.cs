using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Synthetic;

namespace Atalaya.Bench;

/// <summary>Synthetic articles varied from the bundled samples, shared by the benchmarks.</summary>
internal static class BenchCorpus
{
    public static AtalayaResources Resources { get; } = AtalayaResources.Load();

    public static IReadOnlyList<SourceDocument> Create(int count)
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples", "articles");
        var seeds = new DocumentReader().Read([samples]).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        return new SyntheticArticles(seeds, Resources).Generate(count).ToList();
    }
}
