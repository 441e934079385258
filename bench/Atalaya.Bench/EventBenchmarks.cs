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
        => withEntities = BenchCorpus.AnalyzedBy(1000, new CleaningStage(), new LanguageStage(), new SegmentationStage(), new EntityStage());

    [Benchmark(OperationsPerInvoke = 1000)]
    public int EventStage()
    {
        var total = 0;
        foreach (var document in withEntities)
        {
            var copy = BenchCorpus.CopyOf(document)
                .With(Annotations.Header).With(Annotations.Language).With(Annotations.Sentences).With(Annotations.Tokens).With(Annotations.Entities)
                .Document;
            stage.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Events).Events.Count;
        }

        return total;
    }
}
