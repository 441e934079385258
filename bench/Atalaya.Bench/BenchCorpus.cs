using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
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

    /// <summary>Articles analyzed by <paramref name="stages"/>: the input of the stage measured after them.</summary>
    public static AnalyzedDocument[] AnalyzedBy(int count, params IStage[] stages)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
        {
            builder.Add(stage);
        }

        var pipeline = builder.Build(Resources);
        return [.. Create(count).Select(d => pipeline.Analyze(d).Document)];
    }

    /// <summary>A fresh document to carry some annotations of an analyzed one: an annotation is assigned once, so each run needs its own.</summary>
    public static AnnotationCopy CopyOf(AnalyzedDocument analyzed) => new(analyzed);
}

/// <summary>Copies annotations of an analyzed document onto a fresh one.</summary>
internal sealed class AnnotationCopy(AnalyzedDocument analyzed)
{
    public AnalyzedDocument Document { get; } = new(analyzed.Source);

    public AnnotationCopy With<T>(AnnotationKey<T> key)
        where T : notnull
    {
        Document.Set(key, analyzed.Get(key));
        return this;
    }
}
