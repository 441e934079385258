using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Stages.Segmentation;
using BenchmarkDotNet.Attributes;

namespace Atalaya.Bench;

/// <summary>Each stage alone, and the whole pipeline, over the same 1,000 synthetic articles.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    private IReadOnlyList<SourceDocument> documents = [];
    private AnalysisPipeline pipeline = null!;
    private AnalysisPipeline cleaningOnly = null!;
    private AnalyzedDocument[] cleaned = [];

    [GlobalSetup]
    public void Setup()
    {
        documents = BenchCorpus.Create(1000);
        pipeline = StandardPipeline.Create(BenchCorpus.Resources);
        cleaningOnly = new PipelineBuilder().Add(new CleaningStage()).Build(BenchCorpus.Resources);
        cleaned = [.. documents.Select(d => cleaningOnly.Analyze(d).Document)];
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int Cleaning()
    {
        var total = 0;
        foreach (var document in documents)
        {
            total += cleaningOnly.Analyze(document).Document.Get(Annotations.Boilerplate).Spans.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int Segmentation()
    {
        var stage = new SegmentationStage();
        var total = 0;
        foreach (var document in cleaned)
        {
            var copy = new AnalyzedDocument(document.Source);
            copy.Set(Annotations.Boilerplate, document.Get(Annotations.Boilerplate));
            stage.Process(copy, BenchCorpus.Resources, CancellationToken.None);
            total += copy.Get(Annotations.Tokens).Tokens.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int WholePipelineOneThread()
    {
        var total = 0;
        foreach (var document in documents)
        {
            total += pipeline.Analyze(document).Failures.Count;
        }

        return total;
    }
}
