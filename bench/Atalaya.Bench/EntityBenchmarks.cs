using Atalaya.Core.Documents;
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
        var upToTokens = new PipelineBuilder().Add(new CleaningStage()).Add(new LanguageStage()).Add(new SegmentationStage()).Build(BenchCorpus.Resources);
        segmented = [.. BenchCorpus.Create(1000).Select(d => upToTokens.Analyze(d).Document)];
        gazetteerPath = Path.Combine(BenchCorpus.Resources.DataDirectory, "geo", "gazetteer.tsv.gz");
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int EntityStage()
    {
        var total = 0;
        foreach (var document in segmented)
        {
            // A fresh document each time: an annotation is assigned once.
            var copy = new AnalyzedDocument(document.Source);
            copy.Set(Annotations.Language, document.Get(Annotations.Language));
            copy.Set(Annotations.Sentences, document.Get(Annotations.Sentences));
            copy.Set(Annotations.Tokens, document.Get(Annotations.Tokens));
            stage.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Entities).Entities.Count;
        }

        return total;
    }

    [Benchmark]
    public int LoadGazetteer() => Gazetteer.Load(gazetteerPath).Count;
}
