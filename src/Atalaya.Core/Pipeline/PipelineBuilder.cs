using Atalaya.Core.Resources;

namespace Atalaya.Core.Pipeline;

/// <summary>
/// Builds a pipeline in the order stages are added and refuses one whose requirements are unmet:
/// every key a stage requires must be provided by the document itself or assigned by an earlier stage,
/// and no key may be assigned twice.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> stages = [];

    public PipelineBuilder Add(IStage stage)
    {
        stages.Add(stage);
        return this;
    }

    public AnalysisPipeline Build(AtalayaResources resources)
    {
        var available = new Dictionary<AnnotationKey, string>();
        foreach (var key in Annotations.ProvidedByDocument)
        {
            available[key] = "the document";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new PipelineConfigurationException($"stage '{stage.Name}' is added twice");
            }

            var missing = stage.Requires.Where(key => !available.ContainsKey(key)).Select(key => key.Name).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineConfigurationException(
                    $"stage '{stage.Name}' requires {string.Join(", ", missing.Select(m => $"'{m}'"))}, which no earlier stage assigns");
            }

            foreach (var key in stage.Assigns)
            {
                if (!available.TryAdd(key, stage.Name))
                {
                    throw new PipelineConfigurationException(
                        $"stage '{stage.Name}' assigns '{key.Name}', already assigned by {available[key]}");
                }
            }
        }

        return new AnalysisPipeline([.. stages], resources);
    }
}
