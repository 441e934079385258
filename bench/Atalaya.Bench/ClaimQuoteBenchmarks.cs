using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Claims;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Stages.Quotes;
using Atalaya.Core.Stages.Segmentation;
using BenchmarkDotNet.Attributes;

namespace Atalaya.Bench;

/// <summary>
/// The claim stage and the quote stage alone over 1,000 synthetic articles already cleaned,
/// identified, segmented, with their entities and events: both must stay a small part of the pipeline.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ClaimQuoteBenchmarks
{
    private AnalyzedDocument[] analyzed = [];
    private readonly ClaimStage claims = new();
    private readonly QuoteStage quotes = new();

    [GlobalSetup]
    public void Setup()
        => analyzed = BenchCorpus.AnalyzedBy(1000, new CleaningStage(), new LanguageStage(), new SegmentationStage(), new EntityStage(), new EventStage());

    [Benchmark(OperationsPerInvoke = 1000)]
    public int ClaimStage()
    {
        var total = 0;
        foreach (var document in analyzed)
        {
            var copy = BenchCorpus.CopyOf(document)
                .With(Annotations.Header).With(Annotations.Language).With(Annotations.Sentences).With(Annotations.Tokens).With(Annotations.Entities).With(Annotations.Events)
                .Document;
            claims.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Claims).Claims.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int QuoteStage()
    {
        var total = 0;
        foreach (var document in analyzed)
        {
            var copy = BenchCorpus.CopyOf(document)
                .With(Annotations.Language).With(Annotations.Sentences).With(Annotations.Tokens).With(Annotations.Entities)
                .Document;
            quotes.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Quotes).Quotes.Count;
        }

        return total;
    }
}
