using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Stages.Geo;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Stages.Segmentation;
using BenchmarkDotNet.Attributes;

namespace Atalaya.Bench;

/// <summary>
/// The entity stage alone (knowledge base, gazetteer, tagger, resolution, geocoding) over 1,000
/// synthetic articles already cleaned, identified and segmented; and loading the gazetteer, as
/// every process start does.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EntityBenchmarks
{
    private AnalyzedDocument[] segmented = [];
    private readonly EntityStage stage = new();
    private string gazetteerPath = "";

    [GlobalSetup]
    public void Setup()
    {
        segmented = BenchCorpus.AnalyzedBy(1000, new CleaningStage(), new LanguageStage(), new SegmentationStage());
        gazetteerPath = Path.Combine(BenchCorpus.Resources.DataDirectory, "geo", "gazetteer.tsv.gz");
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int EntityStage()
    {
        var total = 0;
        foreach (var document in segmented)
        {
            var copy = BenchCorpus.CopyOf(document).With(Annotations.Language).With(Annotations.Sentences).With(Annotations.Tokens).Document;
            stage.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Entities).Entities.Count;
        }

        return total;
    }

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.Load(gazetteerPath).Count;
}
