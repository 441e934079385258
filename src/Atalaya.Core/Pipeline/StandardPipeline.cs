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
    public static AnalysisPipeline Create(AtalayaResources resources) => new PipelineBuilder()
        .Add(new CleaningStage())
        .Add(new LanguageStage())
        .Add(new SegmentationStage())
        .Add(new EntityStage())
        .Add(new EventStage())
        .Add(new ClaimStage())
        .Add(new QuoteStage())
        .Build(resources);
}
