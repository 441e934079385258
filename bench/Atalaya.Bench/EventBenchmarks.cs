using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Stages.Segmentation;
using BenchmarkDotNet.Attributes;

namespace Atalaya.Bench;

/// <summary>
/// The event stage alone (triggers, counts, dates, actors, places, merging) over 1,000 synthetic
/// articles already cleaned, identified, segmented and with their entities.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EventBenchmarks
{
    private AnalyzedDocument[] withEntities = [];
    private readonly EventStage stage = new();

    [GlobalSetup]
    public void Setup()
    {
        var upToEntities = new PipelineBuilder().Add(new CleaningStage()).Add(new LanguageStage()).Add(new SegmentationStage()).Add(new EntityStage()).Build(BenchCorpus.Resources);
        withEntities = [.. BenchCorpus.Create(1000).Select(d => upToEntities.Analyze(d).Document)];
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int EventStage()
    {
        var total = 0;
        foreach (var document in withEntities)
        {
            // A fresh document each time: an annotation is assigned once.
            var copy = new AnalyzedDocument(document.Source);
            copy.Set(Annotations.Header, document.Get(Annotations.Header));
            copy.Set(Annotations.Language, document.Get(Annotations.Language));
            copy.Set(Annotations.Sentences, document.Get(Annotations.Sentences));
            copy.Set(Annotations.Tokens, document.Get(Annotations.Tokens));
            copy.Set(Annotations.Entities, document.Get(Annotations.Entities));
            stage.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Events).Events.Count;
        }

        return total;
    }
}
