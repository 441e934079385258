using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Pipeline;

/// <summary>
/// An ordered, validated list of stages. <see cref="Analyze"/> is safe to call from many threads:
/// stages share only read-only resources.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IStage> stages, AtalayaResources resources, StageProfile? profile = null)
    {
        Stages = stages;
        Resources = resources;
        Profile = profile;
    }

    public IReadOnlyList<IStage> Stages { get; }

    public AtalayaResources Resources { get; }

    /// <summary>Where this pipeline records each stage's time and allocation, when it was made with <see cref="Profiled"/>.</summary>
    public StageProfile? Profile { get; }

    /// <summary>The same stages, recording each one's time and allocation into a new <see cref="StageProfile"/>.</summary>
    public AnalysisPipeline Profiled() => new(Stages, Resources, new StageProfile([.. Stages.Select(s => s.Name)]));

    /// <summary>
    /// Runs every stage on one document. A stage that throws is recorded as a failure and the
    /// document keeps what earlier stages wrote; stages that need the failed stage's output are
    /// skipped and recorded too. Cancellation is the only exception that escapes.
    /// </summary>
    public AnalysisResult Analyze(SourceDocument source, CancellationToken cancellation = default)
    {
        var document = new AnalyzedDocument(source);
        List<StageFailure>? failures = null;
        for (var index = 0; index < Stages.Count; index++)
        {
            var stage = Stages[index];
            cancellation.ThrowIfCancellationRequested();
            var unmet = stage.Requires.FirstOrDefault(key => !document.Has(key));
            if (unmet is not null)
            {
                (failures ??= []).Add(new StageFailure(source.Id, source.Source, stage.Name, $"skipped: '{unmet.Name}' is missing after an earlier failure", Skipped: true));
                continue;
            }

            var started = Profile is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            var allocated = Profile is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            try
            {
                stage.Process(document, Resources, cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // The runner is the one place that turns any stage error into a per-document failure.
            catch (Exception error)
#pragma warning restore CA1031
            {
                (failures ??= []).Add(new StageFailure(source.Id, source.Source, stage.Name, $"{error.GetType().Name}: {error.Message}"));
            }

            Profile?.Add(index, System.Diagnostics.Stopwatch.GetTimestamp() - started, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }

        return new AnalysisResult(document, failures ?? (IReadOnlyList<StageFailure>)[]);
    }
}

/// <summary>One analyzed document and the stage failures it met.</summary>
public sealed record AnalysisResult(AnalyzedDocument Document, IReadOnlyList<StageFailure> Failures);
