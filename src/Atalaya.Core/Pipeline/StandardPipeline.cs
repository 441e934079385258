using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Claims;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Stages.Quotes;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Core.Pipeline;

/// <summary>The stages every command runs, in order. Later capabilities are added here.</summary>
public static class StandardPipeline
{
    /// <summary>
    /// The standard pipeline; <paramref name="wrap"/>, when given, may put a decorator around each
    /// stage (the command line uses it to make a named stage fail on purpose in end-to-end tests).
    /// </summary>
    public static AnalysisPipeline Create(AtalayaResources resources, Func<IStage, IStage>? wrap = null)
    {
        IStage[] stages = [new CleaningStage(), new LanguageStage(), new SegmentationStage(), new EntityStage(), new EventStage(), new ClaimStage(), new QuoteStage()];
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
        {
            builder.Add(wrap is null ? stage : wrap(stage));
        }

        return builder.Build(resources);
    }
}
